/**
 * A tiny XML well-formedness checker for the JUnit reporter's tests: balanced tags, quoted
 * attributes, known entities, no stray `<` or `&`. Returns the problems found (none = well-formed).
 */
const NAME = '[A-Za-z_][\\w.-]*';
const ATTR = `\\s+${NAME}\\s*=\\s*"[^"<]*"`;
const TAG = new RegExp(`^<(/?)(${NAME})((?:${ATTR})*)\\s*(/?)>`);
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function textProblem(text: string, at: number): string | undefined {
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '&' && !ENTITY.test(text.slice(i))) return `bad entity at ${at + i}`;
  }
  return undefined;
}

/** Problems that make `xml` not well-formed; empty when it is. */
export function xmlProblems(xml: string): string[] {
  const stack: string[] = [];
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  let offset = xml.length - rest.length;
  let roots = 0;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    const problem = textProblem(text, offset);
    if (problem) return [problem];
    if (stack.length === 0 && text.trim() !== '') return [`text outside the root at ${offset}`];
    if (lt < 0) break;
    const tag = TAG.exec(rest.slice(lt));
    if (!tag) return [`malformed tag at ${offset + lt}: ${rest.slice(lt, lt + 60)}`];
    const [whole, closing, name, attrs, selfClosing] = tag;
    if (attrs && textProblem(attrs, offset + lt)) return [`bad entity in attributes at ${offset + lt}`];
    if (closing) {
      if (stack.pop() !== name) return [`unbalanced </${name}> at ${offset + lt}`];
    } else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name as string);
    } else if (stack.length === 0) roots += 1;
    rest = rest.slice(lt + whole.length);
    offset += lt + whole.length;
  }
  if (stack.length > 0) return [`unclosed <${stack.join('> <')}>`];
  return roots === 1 ? [] : [`${roots} root elements`];
}
