/**
 * Child process of recorder-write-failure.test.ts, started under a file-size limit (`ulimit -f`):
 * records COUNT exchanges into FILE the way the check worker does (a descriptor, synchronous
 * writes) and prints the recorder's counters and each line's length as JSON.
 *
 * Usage: node record-under-file-limit.ts FILE COUNT
 */
import { closeSync, openSync } from 'node:fs';
import { createRecorder, tappedLine } from '../../proxy/recorder.ts';
import { tappedExchanges } from './raw-net.ts';

const [file = '', count = '0'] = process.argv.slice(2);
const exchanges = tappedExchanges(Number(count));
const fd = openSync(file, 'w');
const recorder = createRecorder({ file, fd });
for (const exchange of exchanges) recorder.record(exchange);
closeSync(fd);
const lengths = exchanges.map((exchange) => Buffer.byteLength(`${tappedLine(exchange)}\n`));
process.stdout.write(JSON.stringify({ stats: recorder.stats, lengths }));
