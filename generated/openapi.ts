// Generated from spec/openapi.yaml by `npm run gen` — do not edit.
// Regenerate with `npm run gen`; CI runs `npm run gen:check`.
export interface paths {
  '/2023-03-30/functions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List functions
     * @description Lists the functions of the account and region one page at a time (lifecycle E). Every query parameter is optional (lifecycle E.1). Filters (semantics inferred, lifecycle E.1): `prefix` keeps names that start with it; `description`, `functionName`, `gpuType`, `resourceGroupId` and `runtime` keep exact matches; `tags` keeps functions that carry every given pair; `fcVersion` `v3` keeps FC 3.0 functions and `v2` FC 2.0 ones, of which an emulator has none. The SDK sends a key whenever the field is set, empty strings included (`?prefix=`, `?nextToken=`; lifecycle A.2): an empty value filters nothing (inferred). Items come in ascending byte-wise name order, 20 per page unless `limit` says otherwise (FC 2.0, inferred), and leave out the six state fields (documented, lifecycle E.2; see `x-fc-omitted-fields` on the 200 response). Requests are ROA style with no body; the SDK signs the empty body's SHA-256 (lifecycle A.2, CF A.4).
     */
    get: operations['ListFunctions'];
    put?: never;
    /**
     * Create a function
     * @description Creates a function from a ZIP code package (`code`) or a container image (`customContainerConfig`) and returns the stored configuration plus the fields the service computes (A.1, D.2). Requests are ROA style with a JSON body; the SDK signs them with ACS3-HMAC-SHA256 (A.4). Signing headers are optional in this contract because a local mock may run without credentials; the emulator verifies signatures only when credentials are configured.
     */
    post: operations['CreateFunction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`: letters, digits, `_` and `-`, not starting with a digit or `-`, 1 to 64 characters, case-sensitive (CF B.1, CF G.9). The SDK percent-encodes the segment (space `%20`, `/` `%2F`, `*` `%2A`, `+` `%2B`, `~` kept; lifecycle A.2), so a valid name travels as it is; the server decodes the segment once before it checks the name. A name that breaks the rules answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`; inferred: the service may as well answer 404 `FunctionNotFound`).
         * @example my-function-1
         */
        functionName: string;
      };
      cookie?: never;
    };
    /**
     * Get a function
     * @description Returns one function: its configuration, the service-computed fields and, as the only function read that has them, the six state fields `state`, `stateReason`, `stateReasonCode`, `lastUpdateStatus`, `lastUpdateStatusReason` and `lastUpdateStatusReasonCode` (lifecycle B.2, F.1). Clients poll it after a create or update until `state` is `Active` and `lastUpdateStatus` is not `InProgress` (Serverless Devs every 2 s for custom containers, lifecycle F.5); it must answer right after a create (Terraform reads immediately, lifecycle H.4). Requests are ROA style with no body (lifecycle A.2).
     */
    get: operations['GetFunction'];
    /**
     * Update a function
     * @description Changes the configuration of an existing function and returns it (lifecycle C). Merge (lifecycle C.2, inferred from three client behaviours): every top-level key present in the body replaces the stored value, nested objects included as a whole; every absent key keeps its value; explicit empty values (`""`, `[]`, `{}`, empty shells) clear a setting (lifecycle C.2). Every CreateFunction rule (its `x-fc-rules`: required fields, `code` / `customContainerConfig` exclusive, ranges, cross-field rules) is checked again on the merged configuration and answers as on create: 400 `InvalidArgument`, or 400 `EntityTooLarge` for an oversized package (lifecycle C.5). A runtime switch between a code package and a container needs the body to carry the matching `code` or `customContainerConfig` (inferred, lifecycle C.1). The answer moves `lastModifiedTime` to the update time, recomputes `codeChecksum` and `codeSize` when `code` is in the body, and never changes `functionName`, `functionId`, `functionArn`, `createdTime`, `tags`, `resourceGroupId` or `invocationRestriction` (lifecycle F.7). A custom container is `InProgress` after every update, not only one bringing a new image, until it is ready (lifecycle F.2, F.6; inferred); another update meanwhile answers 409 `ConcurrentUpdateError` (rule `update-not-in-progress`, inferred, lifecycle C.4). The SDK sends no `If-Match` (lifecycle C.1). Requests are ROA style with a JSON body (lifecycle A.2); an SDK request without `body` arrives with `content-length: 0` and is answered like an empty body on create, 400 `InvalidArgument` (inferred).
     */
    put: operations['UpdateFunction'];
    post?: never;
    /**
     * Delete a function
     * @description Deletes a function (lifecycle D). No query, no body and no qualifier: versions are deleted with DeleteFunctionVersion (lifecycle D.1); a non-empty `qualifier` is refused rather than ignored, since the caller meant less than the whole function (rule `delete-no-qualifier`, inferred). Refused with 409 `FunctionNotEmpty` while the function has triggers (documented code, status inferred, lifecycle D.3); FC also refuses with `ProvisionConfigExist` / `ResidentScalingConfigExists` while such a config is bound (lifecycle D.3; 409 inferred), which the emulator answers only when injected; versions, aliases and other function-scoped settings go with it (inferred, lifecycle D.3). The SDK reads a success body as text and drops it (`bodyType: none`), so 200 and 204 with or without a body all succeed; error bodies must still be JSON (lifecycle A.2, D.2). Requests are ROA style with no body (lifecycle A.2).
     */
    delete: operations['DeleteFunction'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/triggers': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * List the triggers of a function
     * @description One page of the function's triggers in ascending name order (lifecycle I.4), filtered by `prefix`, continued with an opaque `nextToken`; 20 per page unless `limit` says otherwise (1 to 100, like ListFunctions; inferred). A missing function answers 404 `FunctionNotFound` (inferred). `s remove` lists with `limit=10` and follows `nextToken` (lifecycle H.2).
     */
    get: operations['ListTriggers'];
    put?: never;
    /**
     * Create a trigger
     * @description Creates a function-scoped trigger (lifecycle I.4, reference "Triggers and tags" T.1). `triggerConfig` is JSON text; for `http` and `timer` triggers it is checked against the SDK's `HTTPTriggerConfig` / `TimerTriggerConfig` models (rules `http-trigger-config`, `timer-trigger-config`, inferred); other types are stored as given (inferred). Answers the `Trigger` with `triggerName` (terraform's id, lifecycle J.8) and, for `http` triggers, `httpTrigger.urlInternet` / `urlIntranet` (T.3). A trigger on a missing function answers 404 `FunctionNotFound` (inferred, lifecycle I.4); a taken name 409 `TriggerAlreadyExists` (devsapp switches to UpdateTrigger on it, lifecycle H.1); the 51st trigger of a function 400 `LimitExceeded` (CF G.11: at most 50 per function).
     */
    post: operations['CreateTrigger'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/triggers/{triggerName}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description Name of the trigger: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-` (lifecycle I.4). A name no trigger can have answers 400 `InvalidArgument` (rule `triggerName-format`).
         * @example http-t
         */
        triggerName: components['parameters']['TriggerName'];
      };
      cookie?: never;
    };
    /**
     * Get a trigger
     * @description One trigger (lifecycle I.4). `s deploy` reads every configured trigger before and after deploying and reads `httpTrigger.urlInternet` / `urlIntranet` of `http` triggers without a guard (lifecycle H.1 phase 4). A missing trigger answers 404 `TriggerNotFound` (terraform treats it as gone), a missing function 404 `FunctionNotFound` (lifecycle G).
     */
    get: operations['GetTrigger'];
    /**
     * Update a trigger
     * @description Replaces the fields the body brings (`triggerConfig`, `qualifier`, `invocationRole`, `description`; the SDK's `UpdateTriggerInput`, lifecycle I.4); `triggerName`, `triggerType` and `sourceArn` cannot change (unknown keys are dropped, ADR 003). The new `triggerConfig` is checked against the stored type. `lastModifiedTime` moves.
     */
    put: operations['UpdateTrigger'];
    post?: never;
    /**
     * Delete a trigger
     * @description Deletes a trigger; 204 without a body like DeleteFunction (inferred, lifecycle D.2; the SDK discards the body, `bodyType: none`). Once a function's last trigger is gone DeleteFunction succeeds again (lifecycle D.3).
     */
    delete: operations['DeleteTrigger'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/tags-v2': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tag functions
     * @description Adds or replaces tags on the functions named by `ResourceId` (function ARNs, as Serverless Devs and terraform send them; lifecycle H.1 step 13, H.4). Wire names are capitalised (`ResourceId`, `ResourceType`, `Tag[].Key/Value`, lifecycle I.5). `ResourceType` is compared case-insensitively (devsapp sends `FUNCTION` here and `function` on UntagResources). Idempotent: terraform re-adds the tags a create already set (lifecycle H.4). The result shows in GetFunction's `tags` and in ListFunctions' `tags` filter. 204 without a body (inferred; the SDK discards it, `bodyType: none`).
     */
    post: operations['TagResources'];
    /**
     * Untag functions
     * @description Removes the keys named by `TagKey` (or every tag with `All=true`) from the functions of `ResourceId`. `ResourceId` and `TagKey` travel as JSON text of arrays (the SDK's `UntagResourcesShrinkRequest`, lifecycle I.5). Keys a function does not carry are ignored (inferred). 204 without a body (inferred). terraform sends the body `{}` with `content-type: application/json` here (its tag removal passes an empty map, which tea-roa always sends; provider code `SetResourceTags`), which every operation without a body accepts (rule `request-body-not-allowed`).
     */
    delete: operations['UntagResources'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/resource-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Move a function to another resource group
     * @description Moves the function named by `ResourceId` to the resource group `NewResourceGroupId` and answers `{NewResourceGroupId, OldResourceGroupId, ResourceId}` with status 200 (lifecycle I.5; Serverless Devs checks for 200 after `s deploy` finds the YAML `resourceGroupId` different from the remote one, lifecycle H.1 step 13). `ResourceId` is a function name and `ResourceType` is `function` in any case (lifecycle H.1, H.4, I.5; required and compared in any case by the emulator, rule `resource-group-values`, inferred). terraform sends the keys in lower camel case (`resourceId`, `newResourceGroupId`, `resourceType`, lifecycle H.4); the emulator matches this body's keys case-insensitively (rule `resource-group-keys-any-case`, inferred). The emulator keeps no list of resource groups: any id shaped like one (`rg-` and lowercase letters and digits, rule `resource-group-id-format`, inferred) is accepted, and moving a function to the group it is in answers 200 with equal old and new ids (inferred). Afterwards GetFunction and ListFunctions show the new `resourceGroupId`, and ListFunctions' `resourceGroupId` filter finds the function there; `lastModifiedTime` does not move (inferred, like TagResources, lifecycle F.7). A missing function answers 404 `FunctionNotFound` (inferred).
     */
    put: operations['ChangeResourceGroup'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/invoke/disable': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable a function's invocations
     * @description Sets the function's `invocationRestriction` to `{disable: true, reason, lastModifiedTime}` (CF D.2, lifecycle I.5), which GetFunction and ListFunctions then show; answers 200 `{"success": true}` (the SDK's response model; status inferred). Serverless Devs' `s remove` sends `{"reason":"functionai-delete","abortOngoingRequest":true}` (lifecycle H.2), terraform `{"functionName","reason"}` (lifecycle H.4): unknown keys are ignored (ADR 003) and an empty body is read as `{}` (inferred). Disabling a disabled function replaces its reason and moves `lastModifiedTime` (inferred). A reason is optional; without one `reason` is left out. `abortOngoingRequest` is accepted and journalled: the emulator runs no invocations. The function's own `lastModifiedTime` does not move (inferred, lifecycle F.7). A missing function answers 404 `FunctionNotFound`.
     */
    post: operations['DisableFunctionInvocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/invoke/enable': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable a function's invocations
     * @description Clears the function's invocation restriction (CF D.2, lifecycle I.5): a disabled function's `invocationRestriction` becomes `{disable: false, lastModifiedTime}` (the reason is dropped; inferred), which GetFunction then shows; a function that was never disabled is left as it is (inferred). Answers 200 `{"success": true}` (the SDK's response model; status inferred). The SDK sends no body; terraform sends `{"functionName"}` (lifecycle H.4): any JSON object body is ignored. The function's own `lastModifiedTime` does not move (inferred). A missing function answers 404 `FunctionNotFound`.
     */
    post: operations['EnableFunctionInvocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * List the versions of a function
     * @description One page of the function's versions (lifecycle I.2): newest first by default (`BACKWARD`; Serverless Devs takes `versions[0]` of `limit=1` as the latest, H.3, so the default is inferred), oldest first with `FORWARD`. `nextToken` continues the listing (opaque, like ListFunctions'; the documented example is a version id). 20 per page unless `limit` says otherwise (1 to 100, like ListFunctions; inferred). `versions` is always an array: `s remove` iterates it with `limit=100` (H.2). A missing function answers 404 `FunctionNotFound`.
     */
    get: operations['ListFunctionVersions'];
    put?: never;
    /**
     * Publish a version
     * @description Freezes the function's current code and configuration as a new immutable version (lifecycle I.2; triggers, tags and the invocation switch are not part of it). Ids are decimal integers from 1 per function, increase monotonically and are never reused, also after the newest is deleted (documented, "Manage versions"); a function created again after a delete starts at 1 (inferred). The body is optional: the SDK sends none for an empty `PublishVersionInput`, Serverless Devs `{"description": ""}` (lifecycle H.3), terraform `{"description": …}` (H.5). Publishing with nothing changed since the last version is allowed (inferred, I.2), and so is publishing while the function is still being prepared: the version keeps that preparation (inferred, ADR 033). Answers the `Version`, whose `versionId` is terraform's id (lifecycle J.8).
     */
    post: operations['PublishFunctionVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/versions/{versionId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description A published version's id, a decimal integer from 1 (lifecycle I.2). An id no version can have (leading zeros, not digits, more than 10 digits) answers 400 `InvalidArgument` (rule `versionId-format`, inferred); `LATEST` cannot be deleted.
         * @example 1
         */
        versionId: components['parameters']['VersionId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a version
     * @description Deletes a published version; 204 without a body like the other deletes (inferred, lifecycle D.2; the SDK discards the body). `LATEST` cannot be deleted (documented, "Manage versions", I.2). A version an alias routes to, as its main version or by weight, is refused with 400 `InvalidArgument` until the alias moves or goes (rule `version-in-use`, inferred from the version docs' "remove such aliases first"; ADR 033). Its id is never given again. terraform sends `{}` as the body (H.5), which counts as none.
     */
    delete: operations['DeleteFunctionVersion'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/aliases': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * List the aliases of a function
     * @description One page of the function's aliases in ascending name order (lifecycle I.3), filtered by `prefix`, continued with an opaque `nextToken`; 20 per page unless `limit` says otherwise (1 to 100, like ListFunctions; inferred). `aliases` is always an array: `s remove` lists with `limit=100` (H.2). A missing function answers 404 `FunctionNotFound`.
     */
    get: operations['ListAliases'];
    put?: never;
    /**
     * Create an alias
     * @description Names a published version, optionally sending a share of the traffic to other versions (`additionalVersionWeight`, version id → 0 to 1; lifecycle I.3). Every version named must exist (404 `VersionNotFound`, inferred); the weights must leave out the main version (`AdditionalVersionContainsMajorVersion`, FC 2.0's code; its 400 inferred); a taken name answers 409 `AliasAlreadyExists` (devsapp switches to UpdateAlias on it). The `Alias` answered carries `aliasName`, terraform's id (lifecycle H.5, J.8).
     */
    post: operations['CreateAlias'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/aliases/{aliasName}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description Name of the alias: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-`, not `LATEST` (FC 2.0 CreateAlias; lifecycle I.3). A name no alias can have answers 400 `InvalidArgument` (rule `aliasName-format`, inferred for paths).
         * @example prod
         */
        aliasName: components['parameters']['AliasName'];
      };
      cookie?: never;
    };
    /**
     * Get an alias
     * @description One alias (lifecycle I.3). A missing alias answers 404 `AliasNotFound` (terraform treats it as gone, H.5), a missing function 404 `FunctionNotFound` (lifecycle G).
     */
    get: operations['GetAlias'];
    /**
     * Update an alias
     * @description Replaces the fields the body brings (`versionId`, `description`, `additionalVersionWeight` as a whole; the SDK's `UpdateAliasInput`, lifecycle I.3), as UpdateTrigger merges; the name cannot change (unknown keys are dropped, ADR 003). The versions the body names must exist and the merged weights must leave the main version out (a version the stored alias already has in the same role, main as main or weighted as weighted with the same weight, is not checked again, so the read-back sent back is accepted, ADR 054); `lastModifiedTime` moves.
     */
    put: operations['UpdateAlias'];
    post?: never;
    /**
     * Delete an alias
     * @description Deletes an alias; 204 without a body like the other deletes (inferred, lifecycle D.2; the SDK discards the body). The versions it named can be deleted afterwards (rule `version-in-use` of DeleteFunctionVersion).
     */
    delete: operations['DeleteAlias'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/code': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * Get a download URL of a function's code
     * @description The code package's CRC-64 (`checksum`, decimal text like `codeChecksum`) and a URL that a plain HTTP GET downloads it from (lifecycle I.1; `s sync` downloads it so, H.3). `qualifier` reads as on GetFunction: a version gives the code it froze, an alias its main version's (inferred). The emulator's URL is on the host the request came to, under its own path `/fc3-testkit/code/`, and answers the bytes deployed as `application/zip` (ADR 038; FC's are OSS URLs). A custom-container function has no package: 400 (inferred, rule `code-package-only`).
     */
    get: operations['GetFunctionCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/async-invoke-config': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * Get the async invocation config (none is ever configured)
     * @description Not emulated beyond "none configured" (reference "Triggers and tags" T.6): the answer is FC's documented not-found, 404 `AsyncConfigNotExists` (FC 2.0 error page: status and wording; terraform's FC 3.0 resource keys on the code). `s deploy` reads it for every function and swallows the error (lifecycle H.1 step 3). A missing function answers 404 `FunctionNotFound`.
     */
    get: operations['GetAsyncInvokeConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/concurrency': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * Get the concurrency config (none is ever configured)
     * @description Not emulated beyond "none configured" (T.6): 404 `OnDemandConfigNotFound`, the code terraform's FC 3.0 concurrency resource treats as "gone" (status 404 and wording inferred). `s deploy` reads it for every function and swallows the error (lifecycle H.1 step 7).
     */
    get: operations['GetConcurrencyConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/scaling-config': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * Get the scaling config (none is ever configured)
     * @description Not emulated beyond "none configured" (T.6). No source documents a not-found code; Serverless Devs treats a 200 body without `functionArn` as "none" (lifecycle H.1 step 6), so that is the answer: zero instances, no policies (inferred).
     */
    get: operations['GetScalingConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/provision-config': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * Get the provision config (none is ever configured)
     * @description Not emulated beyond "none configured" (T.6). No source documents a not-found code; terraform's FC 3.0 resource reads a 200 body with `target` 0 as "gone" and Serverless Devs one without `functionArn` as "none", so that is the answer (inferred).
     */
    get: operations['GetProvisionConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/functions/{functionName}/vpc-bindings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /**
     * List VPC bindings (there are none)
     * @description Not emulated beyond "none bound" (T.6): an empty `vpcIds` list, the form terraform's FC 3.0 resource reads (a binding is gone when its VPC is not listed). `s deploy` and `s remove` read it for every function (lifecycle H.1 step 4, H.2).
     */
    get: operations['ListVpcBindings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/async-invoke-configs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List async invocation configs (there are none)
     * @description Not emulated (T.6): an empty `configs` list, which `s remove` needs as an array (lifecycle H.2).
     */
    get: operations['ListAsyncInvokeConfigs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/2023-03-30/scaling-configs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List scaling configs (there are none)
     * @description Not emulated (T.6): an empty `scalingConfigs` list, which `s remove` needs as an array (lifecycle H.2).
     */
    get: operations['ListScalingConfigs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Request body of CreateFunction (B.1). Give exactly one of `code` and `customContainerConfig` (C.1). Unknown fields are allowed and ignored (G.6). */
    CreateFunctionInput: {
      /** @description Name of the function, unique per account and region and case-sensitive: letters, digits, `_` and `-`, not starting with a digit or `-`, 1 to 64 characters (B.1). */
      functionName: string;
      /**
       * @description Language runtime. Accepted values are the union of the SDK list and the extra values of Terraform and Serverless Devs (B.1; the union is inferred).
       * @enum {string}
       */
      runtime:
        | 'nodejs8'
        | 'nodejs10'
        | 'nodejs12'
        | 'nodejs14'
        | 'nodejs16'
        | 'nodejs18'
        | 'nodejs20'
        | 'go1'
        | 'python3'
        | 'python3.9'
        | 'python3.10'
        | 'python3.12'
        | 'python2.7'
        | 'java8'
        | 'java11'
        | 'php7.2'
        | 'dotnetcore2.1'
        | 'dotnetcore3.1'
        | 'custom'
        | 'custom.debian10'
        | 'custom.debian11'
        | 'custom.debian12'
        | 'custom-container'
        | 'micro-sandbox';
      /** @description Entry point, in a runtime-specific format such as `index.handler`. Required for every runtime, custom ones included (B.1, C.3). */
      handler: string;
      code?: components['schemas']['InputCodeLocation'];
      customContainerConfig?: components['schemas']['CustomContainerConfig'];
      /** @description vCPUs: a multiple of 0.05 from 0.05 to 16. Memory in GB divided by cpu must lie in [1, 4] (emulator rule `cpu-memory-ratio`; without `memorySize`, against its default 512: `cpu-memory-ratio-default-memory`, inferred). Default 0.35 where the memory admits it, else the nearest multiple of 0.05 that does (inferred, D.3, ADR 054). */
      cpu?: number;
      /** @description Memory in MB, a multiple of 64 from 128 to 32768. Default 512 (inferred, D.3). */
      memorySize?: number;
      /**
       * @description Disk size in MB, 512 or 10240 (B.1). Default 512 (inferred, D.3).
       * @enum {integer}
       */
      diskSize?: 512 | 10240;
      /** @description Maximum run time of one invocation in seconds, 1 to 86400; default 3 (B.1). */
      timeout?: number;
      /** @description Requests one instance may serve at once, 1 to 200 (range inferred, B.1). Values above 1 are only allowed for custom runtimes and custom containers (C.8). Default 1 (inferred, D.3). */
      instanceConcurrency?: number;
      /** @description Whether the function may reach the Internet; default true (B.1). */
      internetAccess?: boolean;
      /** @description Free-text description of the function. */
      description?: string;
      /** @description Environment variables made available to the function; values are strings. */
      environmentVariables?: {
        [key: string]: string;
      };
      /** @description RAM role ARN the function assumes, e.g. `acs:ram::<uid>:role/<name>`; an empty string means no role (B.1, B.3). */
      role?: string;
      /** @description Layer version ARNs `acs:fc:<region>:<uid>:layers/<name>/versions/<n>`; on file clashes the layer with the lower index wins (B.1). The format is checked by the emulator (rule `layers-arn-format`). */
      layers?: string[];
      logConfig?: components['schemas']['LogConfig'];
      nasConfig?: components['schemas']['NASConfig'];
      ossMountConfig?: components['schemas']['OSSMountConfig'];
      vpcConfig?: components['schemas']['VPCConfig'];
      customDNS?: components['schemas']['CustomDNS'];
      customRuntimeConfig?: components['schemas']['CustomRuntimeConfig'];
      gpuConfig?: components['schemas']['GPUConfig'];
      instanceLifecycleConfig?: components['schemas']['InstanceLifecycleConfig'];
      tracingConfig?: components['schemas']['TracingConfig'];
      /** @description Tags attached to the function (at most 20 with unique keys, inferred, C.15). */
      tags?: components['schemas']['Tag'][];
      /** @description Resource group of the function; the service uses the account's default group when omitted. */
      resourceGroupId?: string;
      /** @description Session affinity kind. Values seen: `NONE` (default), `MCP_SSE`, `GENERATED_COOKIE`, `HEADER_FIELD` (B.1); no enum because the list is still growing. */
      sessionAffinity?: string;
      /** @description Settings of the chosen session affinity as JSON text, e.g. `{"sseEndpointPath":"/sse","sessionConcurrencyPerInstance":20}` (B.1, C.12). */
      sessionAffinityConfig?: string;
      /** @description Instance isolation: `SHARE` (default), `SESSION_EXCLUSIVE`, or `REQUEST_EXCLUSIVE` (inferred name); non-shared modes need at least 2 vCPU (C.11). */
      instanceIsolationMode?: string;
      /** @description Idle timeout of an instance in seconds; Terraform sends -1 to restore the default (B.1). */
      idleTimeout?: number;
      /** @description Which credentials are not injected into the runtime; values `All`, `Env`, `Request` per secondary sources (unverified, B.1). */
      disableInjectCredentials?: string;
      juiceFsConfig?: components['schemas']['JuiceFsConfig'];
      polarFsConfig?: components['schemas']['PolarFsConfig'];
      /**
       * @deprecated
       * @description Deprecated. The service echoes `false` when it is omitted (B.1).
       */
      disableOndemand?: boolean;
      /**
       * @deprecated
       * @description Deprecated (B.1).
       */
      enableLongLiving?: boolean;
    } & (unknown | unknown);
    /** @description Request body of UpdateFunction (lifecycle C.1): every field of CreateFunctionInput except `functionName` (the path names the function), `tags` (TagResources / UntagResources) and `resourceGroupId` (ChangeResourceGroup), each with the same schema. Nothing is required: top-level keys present in the body replace the stored ones, absent keys keep them (lifecycle C.2, inferred), and the rules of CreateFunction (required fields, the XOR of `code` and `customContainerConfig`, every cross-field rule) are checked on the merged configuration, not on this body alone. Unknown fields are allowed and ignored (G.6), so a `functionName`, `tags` or `resourceGroupId` in the body is not an update; a `functionName` must still equal the path name (rule `update-name-matches-path`). */
    UpdateFunctionInput: {
      /**
       * @description Language runtime. Accepted values are the union of the SDK list and the extra values of Terraform and Serverless Devs (B.1; the union is inferred).
       * @enum {string}
       */
      runtime?:
        | 'nodejs8'
        | 'nodejs10'
        | 'nodejs12'
        | 'nodejs14'
        | 'nodejs16'
        | 'nodejs18'
        | 'nodejs20'
        | 'go1'
        | 'python3'
        | 'python3.9'
        | 'python3.10'
        | 'python3.12'
        | 'python2.7'
        | 'java8'
        | 'java11'
        | 'php7.2'
        | 'dotnetcore2.1'
        | 'dotnetcore3.1'
        | 'custom'
        | 'custom.debian10'
        | 'custom.debian11'
        | 'custom.debian12'
        | 'custom-container'
        | 'micro-sandbox';
      /** @description Entry point, in a runtime-specific format such as `index.handler`. Required for every runtime, custom ones included (B.1, C.3). */
      handler?: string;
      code?: components['schemas']['InputCodeLocation'];
      customContainerConfig?: components['schemas']['CustomContainerConfig'];
      /** @description vCPUs: a multiple of 0.05 from 0.05 to 16. Memory in GB divided by cpu must lie in [1, 4] (emulator rule `cpu-memory-ratio`; without `memorySize`, against its default 512: `cpu-memory-ratio-default-memory`, inferred). Default 0.35 where the memory admits it, else the nearest multiple of 0.05 that does (inferred, D.3, ADR 054). */
      cpu?: number;
      /** @description Memory in MB, a multiple of 64 from 128 to 32768. Default 512 (inferred, D.3). */
      memorySize?: number;
      /**
       * @description Disk size in MB, 512 or 10240 (B.1). Default 512 (inferred, D.3).
       * @enum {integer}
       */
      diskSize?: 512 | 10240;
      /** @description Maximum run time of one invocation in seconds, 1 to 86400; default 3 (B.1). */
      timeout?: number;
      /** @description Requests one instance may serve at once, 1 to 200 (range inferred, B.1). Values above 1 are only allowed for custom runtimes and custom containers (C.8). Default 1 (inferred, D.3). */
      instanceConcurrency?: number;
      /** @description Whether the function may reach the Internet; default true (B.1). */
      internetAccess?: boolean;
      /** @description Free-text description of the function. */
      description?: string;
      /** @description Environment variables made available to the function; values are strings. */
      environmentVariables?: {
        [key: string]: string;
      };
      /** @description RAM role ARN the function assumes, e.g. `acs:ram::<uid>:role/<name>`; an empty string means no role (B.1, B.3). */
      role?: string;
      /** @description Layer version ARNs `acs:fc:<region>:<uid>:layers/<name>/versions/<n>`; on file clashes the layer with the lower index wins (B.1). The format is checked by the emulator (rule `layers-arn-format`). */
      layers?: string[];
      logConfig?: components['schemas']['LogConfig'];
      nasConfig?: components['schemas']['NASConfig'];
      ossMountConfig?: components['schemas']['OSSMountConfig'];
      vpcConfig?: components['schemas']['VPCConfig'];
      customDNS?: components['schemas']['CustomDNS'];
      customRuntimeConfig?: components['schemas']['CustomRuntimeConfig'];
      gpuConfig?: components['schemas']['GPUConfig'];
      instanceLifecycleConfig?: components['schemas']['InstanceLifecycleConfig'];
      tracingConfig?: components['schemas']['TracingConfig'];
      /** @description Session affinity kind. Values seen: `NONE` (default), `MCP_SSE`, `GENERATED_COOKIE`, `HEADER_FIELD` (B.1); no enum because the list is still growing. */
      sessionAffinity?: string;
      /** @description Settings of the chosen session affinity as JSON text, e.g. `{"sseEndpointPath":"/sse","sessionConcurrencyPerInstance":20}` (B.1, C.12). */
      sessionAffinityConfig?: string;
      /** @description Instance isolation: `SHARE` (default), `SESSION_EXCLUSIVE`, or `REQUEST_EXCLUSIVE` (inferred name); non-shared modes need at least 2 vCPU (C.11). */
      instanceIsolationMode?: string;
      /** @description Idle timeout of an instance in seconds; Terraform sends -1 to restore the default (B.1). */
      idleTimeout?: number;
      /** @description Which credentials are not injected into the runtime; values `All`, `Env`, `Request` per secondary sources (unverified, B.1). */
      disableInjectCredentials?: string;
      juiceFsConfig?: components['schemas']['JuiceFsConfig'];
      polarFsConfig?: components['schemas']['PolarFsConfig'];
      /**
       * @deprecated
       * @description Deprecated. The service echoes `false` when it is omitted (B.1).
       */
      disableOndemand?: boolean;
      /**
       * @deprecated
       * @description Deprecated (B.1).
       */
      enableLongLiving?: boolean;
    };
    /** @description ZIP code package: either `zipFile`, or both `ossBucketName` and `ossObjectName`, never both (B.2, C.4). */
    InputCodeLocation: {
      /** @description Standard Base64 of the ZIP bytes (it starts with `UEsDB` for "PK\3\4"). The decoded ZIP may be at most 100 MB (F). */
      zipFile?: string;
      /** @description OSS bucket, in the function's region, that holds the ZIP (F). */
      ossBucketName?: string;
      /** @description Object key of the ZIP inside `ossBucketName` (F). */
      ossObjectName?: string;
      /** @description CRC-64/XZ (ECMA-182) of the ZIP as an unsigned decimal string; when present the service compares it with the package (F). */
      checksum?: string;
    } & (unknown | unknown);
    /** @description Container image settings for runtime `custom-container` (B.2). The same model is returned in responses, where `accelerationInfo` and `resolvedImageUri` are added by the service. */
    CustomContainerConfig: {
      /** @description Image reference, e.g. `registry-vpc.cn-hangzhou.aliyuncs.com/fc-demo/helloworld:v1beta1`. */
      image?: string;
      /** @description Arguments passed to the container at start. */
      command?: string[];
      /** @description Entrypoint of the container. */
      entrypoint?: string[];
      /** @description Port the container's HTTP server listens on, 1 to 65535 (range inferred, B.2). */
      port?: number;
      healthCheckConfig?: components['schemas']['CustomHealthCheckConfig'];
      registryConfig?: components['schemas']['RegistryConfig'];
      /**
       * @deprecated
       * @description Container Registry Enterprise Edition instance id (`cri-…`); deprecated per Terraform (B.2).
       */
      acrInstanceId?: string;
      /**
       * @deprecated
       * @description Image acceleration, `Default` (on) or `None` (off); deprecated per Terraform. No enum: the documented sample uses lower-case `default` (B.2).
       */
      accelerationType?: string;
      accelerationInfo?: components['schemas']['AccelerationInfo'];
      /** @description Output only. Image digest the service actually resolved (B.2). */
      readonly resolvedImageUri?: string;
    };
    /** @description Output only. State of the image acceleration, e.g. `{"status":"Ready"}` (B.2). */
    AccelerationInfo: {
      /** @description Acceleration state, e.g. `Ready`. */
      status?: string;
    };
    /** @description How the service reaches a private image registry (B.2). */
    RegistryConfig: {
      authConfig?: components['schemas']['RegistryAuthConfig'];
      certConfig?: components['schemas']['RegistryCertConfig'];
      networkConfig?: components['schemas']['RegistryNetworkConfig'];
    };
    /** @description Credentials of the image registry (B.2). */
    RegistryAuthConfig: {
      /** @description Registry user name. */
      userName?: string;
      /** @description Registry password (shown masked in the documented sample). */
      password?: string;
    };
    /** @description TLS settings of the image registry (B.2). */
    RegistryCertConfig: {
      /** @description Whether certificate verification is skipped. */
      insecure?: boolean;
      /** @description Base64 of the registry's root CA certificate. */
      rootCaCertBase64?: string;
    };
    /** @description Network through which the image registry is reached (B.2). */
    RegistryNetworkConfig: {
      /** @description VPC id. */
      vpcId?: string;
      /** @description vSwitch id. */
      vSwitchId?: string;
      /** @description Security group id. */
      securityGroupId?: string;
    };
    /** @description Readiness probe of a custom container or custom runtime (B.2). Defaults: initial delay 0, period 3, timeout 1, failure threshold 3, success threshold 1. */
    CustomHealthCheckConfig: {
      /** @description Path probed with HTTP GET, at most 2048 characters. */
      httpGetUrl?: string;
      /** @description Seconds before the first probe, 0 to 120. */
      initialDelaySeconds?: number;
      /** @description Seconds between probes, 1 to 120. */
      periodSeconds?: number;
      /** @description Seconds one probe may take, 1 to 3. */
      timeoutSeconds?: number;
      /** @description Consecutive failures that mark the instance unhealthy, 1 to 120. */
      failureThreshold?: number;
      /** @description Consecutive successes that mark the instance healthy, 1 to 120. */
      successThreshold?: number;
    };
    /** @description Start command and probe of runtimes `custom` and `custom.debian*` (B.2, C.10). */
    CustomRuntimeConfig: {
      /** @description Start command. */
      command?: string[];
      /** @description Arguments of the start command. */
      args?: string[];
      /** @description Port the runtime's HTTP server listens on, 1 to 65535 (range inferred; conventional default 9000). */
      port?: number;
      healthCheckConfig?: components['schemas']['CustomHealthCheckConfig'];
    };
    /** @description resolv.conf settings of the function's instances (B.2). */
    CustomDNS: {
      /** @description DNS server addresses. */
      nameServers?: string[];
      /** @description DNS search domains. */
      searches?: string[];
      /** @description resolv.conf options. */
      dnsOptions?: components['schemas']['DNSOption'][];
    };
    /** @description One resolv.conf option such as `ndots:2` (B.2). `name` is required (rule `dnsOption-name-required`). */
    DNSOption: {
      /** @description Option name, e.g. `ndots`. */
      name: string;
      /** @description Option value, e.g. `2`. */
      value?: string;
    };
    /** @description GPU instance settings (B.2). Only for runtime `custom-container` and within the card's memory (emulator rules, inferred, C.9). */
    GPUConfig: {
      /** @description GPU memory in MB, a multiple of 1024. */
      gpuMemorySize?: number;
      /**
       * @description GPU card: `fc.gpu.tesla.1` (Tesla T4), `fc.gpu.ampere.1` (Ampere A10), `fc.gpu.ada.1` (Ada), or `g1` (accepted by Terraform).
       * @enum {string}
       */
      gpuType?: 'fc.gpu.tesla.1' | 'fc.gpu.ampere.1' | 'fc.gpu.ada.1' | 'g1';
    };
    /** @description Lifecycle hooks of the function's instances (B.2). */
    InstanceLifecycleConfig: {
      initializer?: components['schemas']['LifecycleHook'];
      preStop?: components['schemas']['LifecycleHook'];
    };
    /** @description One lifecycle hook: a `handler` or a `command`, not both (inferred, C.13). Timeouts are limited to 300 s for the initializer and 90 s for preStop (emulator rule, G.11). */
    LifecycleHook: {
      /** @description Hook entry point, e.g. `index.initializer`. */
      handler?: string;
      /** @description Maximum run time of the hook in seconds. */
      timeout?: number;
      /** @description Command run as the hook. */
      command?: string[];
    };
    /** @description Simple Log Service destination of the function's logs (B.2). */
    LogConfig: {
      /** @description Log project; an empty string turns logging off (B.3). */
      project?: string;
      /** @description Logstore inside `project`; an empty string turns logging off (B.3). */
      logstore?: string;
      /**
       * @description How a log entry begins, `None` (default) or `DefaultRegex`.
       * @enum {string}
       */
      logBeginRule?: 'None' | 'DefaultRegex';
      /** @description Whether request metrics are collected; default true. */
      enableRequestMetrics?: boolean;
      /** @description Whether instance metrics are collected; default false. */
      enableInstanceMetrics?: boolean;
      /** @description Whether LLM metrics are collected (undocumented, B.2). */
      enableLlmMetrics?: boolean;
    };
    /** @description NAS file systems mounted into the instances (B.2). Zero ids and no mount points are accepted (B.3). */
    NASConfig: {
      /** @description User id used to access NAS. */
      userId?: number;
      /** @description Group id used to access NAS. */
      groupId?: number;
      /** @description NAS mount points, at most 5 (B.1, G.11). */
      mountPoints?: components['schemas']['NASMountConfig'][];
    };
    /** @description One NAS mount (B.2). */
    NASMountConfig: {
      /** @description NAS mount target and path, e.g. `xxx.cn-hangzhou.nas.aliyuncs.com:/`. */
      serverAddr?: string;
      /** @description Local directory inside the instance. */
      mountDir?: string;
      /** @description Whether the mount uses TLS (General-purpose NAS only). */
      enableTLS?: boolean;
    };
    /** @description OSS buckets mounted into the instances (B.2). */
    OSSMountConfig: {
      /** @description OSS mount points, at most 5 (B.1, G.11). */
      mountPoints?: components['schemas']['OSSMountPoint'][];
    };
    /** @description One OSS mount (B.2). */
    OSSMountPoint: {
      /** @description Bucket to mount. */
      bucketName?: string;
      /** @description Directory inside the bucket. */
      bucketPath?: string;
      /** @description OSS endpoint, e.g. `http://oss-cn-shanghai.aliyuncs.com`. */
      endpoint?: string;
      /** @description Local directory inside the instance. */
      mountDir?: string;
      /** @description Whether the mount is read-only. */
      readOnly?: boolean;
    };
    /** @description VPC the function's instances attach to (B.2). Empty strings and lists clear it (B.3). */
    VPCConfig: {
      /** @description VPC id. */
      vpcId?: string;
      /** @description vSwitch ids. */
      vSwitchIds?: string[];
      /** @description Security group id. */
      securityGroupId?: string;
      /** @description RAM role the service assumes to attach to the VPC. */
      role?: string;
    };
    /** @description Managed Service for OpenTelemetry tracing (B.2). An empty object means no tracing (B.3). */
    TracingConfig: {
      /**
       * @description Tracing protocol; only `Jaeger` is supported.
       * @enum {string}
       */
      type?: 'Jaeger';
      /** @description Tracing parameters, e.g. `endpoint`; values are strings. */
      params?: {
        [key: string]: string;
      };
    };
    /** @description One tag. The wire names are capitalised, `Key` and `Value` (B.2). */
    Tag: {
      /** @description Tag key, at most 64 characters, not starting `aliyun` or `acs:` (rule `tag-lengths`). */
      Key?: string;
      /** @description Tag value, at most 128 characters. */
      Value?: string;
    };
    /** @description JuiceFS mounts (undocumented in the API metadata, B.2). */
    JuiceFsConfig: {
      /** @description Environment of the JuiceFS client; values are strings. */
      envs?: {
        [key: string]: string;
      };
      /** @description JuiceFS mount points. */
      mountPoints?: components['schemas']['JuiceFsMountConfig'][];
    };
    /** @description One JuiceFS mount (B.2). */
    JuiceFsMountConfig: {
      /** @description JuiceFS volume. */
      volumeName?: string;
      /** @description Access token of the volume. */
      token?: string;
      /** @description Directory inside the volume. */
      remoteDir?: string;
      /** @description Local directory inside the instance. */
      mountDir?: string;
      /** @description Extra mount arguments. */
      args?: string[];
    };
    /** @description PolarFS mounts (undocumented in the API metadata, B.2). */
    PolarFsConfig: {
      /** @description User id used to access PolarFS. */
      userId?: number;
      /** @description Group id used to access PolarFS. */
      groupId?: number;
      /** @description PolarFS mount points. */
      mountPoints?: components['schemas']['PolarFsMountConfig'][];
    };
    /** @description One PolarFS mount (B.2). */
    PolarFsMountConfig: {
      /** @description PolarFS instance id. */
      instanceId?: string;
      /** @description Directory inside the file system. */
      remoteDir?: string;
      /** @description Local directory inside the instance. */
      mountDir?: string;
      /** @description Whether the mount is read-only. */
      readOnly?: boolean;
    };
    /** @description A function as the service reports it (D.2): the request's configuration echoed back, defaults filled in (D.3) and service-computed fields. Never contains the code package. Kept loose where the documented sample is masked; the contract suite checks computed values separately. */
    Function: {
      /** @description Service-assigned id, UUID-like. */
      functionId?: string;
      /** @description Name of the function. */
      functionName?: string;
      /** @description ARN `acs:fc:<region>:<accountId>:functions/<functionName>`. */
      functionArn?: string;
      /** @description Runtime, as requested. */
      runtime?: string;
      /** @description Handler, as requested. */
      handler?: string;
      /** @description Description, as requested. */
      description?: string;
      /** @description RAM role, as requested. */
      role?: string;
      /** @description vCPUs, as requested or defaulted. */
      cpu?: number;
      /** @description Memory in MB, as requested or defaulted. */
      memorySize?: number;
      /** @description Disk size in MB, as requested or defaulted. */
      diskSize?: number;
      /** @description Invocation timeout in seconds, as requested or defaulted (3). */
      timeout?: number;
      /** @description Requests per instance, as requested or defaulted. */
      instanceConcurrency?: number;
      /** @description Instance idle timeout in seconds. */
      idleTimeout?: number;
      /** @description Internet access, as requested or defaulted (true). */
      internetAccess?: boolean;
      /** @description Environment variables, as requested (`{}` when none). */
      environmentVariables?: {
        [key: string]: string;
      };
      /** @description CRC-64/XZ of the ZIP as a decimal string (F). */
      codeChecksum?: string;
      /** @description Size of the decoded ZIP in bytes (F). */
      codeSize?: number;
      /**
       * Format: date-time
       * @description Creation time, ISO 8601 UTC.
       */
      createdTime?: string;
      /**
       * Format: date-time
       * @description Last change, ISO 8601 UTC; equal to `createdTime` right after creation (inferred, D.2).
       */
      lastModifiedTime?: string;
      /**
       * @description Readiness of the function (D.4). The docs spell the idle state both `Inactive` and `InActive`; both are listed.
       * @enum {string}
       */
      state?: 'Pending' | 'Active' | 'Failed' | 'Inactive' | 'InActive';
      /** @description Human-readable reason of `state`, e.g. `Function creating`. */
      stateReason?: string;
      /** @description Machine-readable reason of `state`, e.g. `Creating`. */
      stateReasonCode?: string;
      /**
       * @description Outcome of the last change; `Successful` once creation has finished (D.2, D.4).
       * @enum {string}
       */
      lastUpdateStatus?: 'Successful' | 'Failed' | 'InProgress';
      /** @description Human-readable reason of `lastUpdateStatus`. */
      lastUpdateStatusReason?: string;
      /** @description Machine-readable reason of `lastUpdateStatus`, e.g. `ImageOptimizing`. */
      lastUpdateStatusReasonCode?: string;
      /** @description Layers as objects (requests send plain ARN strings). */
      layers?: components['schemas']['FunctionLayer'][];
      customContainerConfig?: components['schemas']['CustomContainerConfig'];
      customRuntimeConfig?: components['schemas']['CustomRuntimeConfig'];
      customDNS?: components['schemas']['CustomDNS'];
      gpuConfig?: components['schemas']['GPUConfig'];
      instanceLifecycleConfig?: components['schemas']['InstanceLifecycleConfig'];
      logConfig?: components['schemas']['LogConfig'];
      nasConfig?: components['schemas']['NASConfig'];
      ossMountConfig?: components['schemas']['OSSMountConfig'];
      polarFsConfig?: components['schemas']['PolarFsConfig'];
      juiceFsConfig?: components['schemas']['JuiceFsConfig'];
      tracingConfig?: components['schemas']['TracingConfig'];
      vpcConfig?: components['schemas']['VPCConfig'];
      /** @description Tags, as requested. */
      tags?: components['schemas']['Tag'][];
      /** @description Resource group; the account's default group when none was requested. */
      resourceGroupId?: string;
      /** @description Instance isolation, default `SHARE`. */
      instanceIsolationMode?: string;
      /** @description Session affinity, default `NONE`. */
      sessionAffinity?: string;
      /** @description Session affinity settings as JSON text, as requested. */
      sessionAffinityConfig?: string;
      /**
       * @deprecated
       * @description Deprecated; `false` unless requested otherwise.
       */
      disableOndemand?: boolean;
      /**
       * @deprecated
       * @description Deprecated.
       */
      enableLongLiving?: boolean;
      /** @description Credential injection setting, as requested. */
      disableInjectCredentials?: string;
      invocationRestriction?: components['schemas']['FunctionRestriction'];
      lockInfo?: components['schemas']['FunctionLockInfo'];
    };
    /** @description One page of ListFunctions (lifecycle E.2). The items use the `Function` schema, as the SDK casts them (`ListFunctionsOutput.functions` is `Function[]`), but the service leaves out the six state fields `state`, `stateReason`, `stateReasonCode`, `lastUpdateStatus`, `lastUpdateStatusReason` and `lastUpdateStatusReasonCode` (documented, lifecycle B.2, E.2; read them with GetFunction). They are listed in `x-fc-omitted-fields` of the ListFunctions 200 response. No separate item schema: the items have the same shape and field types as `Function` minus six optional fields, so a second schema would repeat about fifty properties (or need `allOf` plus forbidden properties) and part from the SDK model, while the absence is a fact of the operation, stated where the operation is. */
    ListFunctionsOutput: {
      /** @description The functions of this page in ascending byte-wise name order (inferred from FC 2.0, lifecycle E.1), without the six state fields. Always present, `[]` when nothing matches (clients iterate it, lifecycle E.2). */
      functions?: components['schemas']['Function'][];
      /** @description Opaque token for the next page, to be sent back as the `nextToken` query parameter; absent or empty on the last page ("if nextToken is empty, no next page exists", lifecycle E.2). */
      nextToken?: string;
    };
    /** @description One layer of a function as returned by the service (D.2). */
    FunctionLayer: {
      /** @description Layer version ARN. */
      arn?: string;
      /** @description Size of the layer in bytes. */
      size?: number;
    };
    /** @description Invocation restriction; set by DisableFunctionInvocation / EnableFunctionInvocation, never by CreateFunction (D.2). */
    FunctionRestriction: {
      /** @description Whether invocations are disabled. */
      disable?: boolean;
      /** @description Why invocations are disabled. */
      reason?: string;
      /** @description When the restriction last changed. */
      lastModifiedTime?: string;
    };
    /** @description Lock placed on the function by another product, e.g. `AgentRun` (D.2). */
    FunctionLockInfo: {
      /** @description Who holds the lock. */
      lockedBy?: string;
      /** @description When the lock was taken. */
      lockedAt?: string;
      /** @description Resources covered by the lock. */
      lockedResources?: string[];
    };
    /** @description Body of CreateTrigger (lifecycle I.4; the SDK model `CreateTriggerInput`). Unknown keys are ignored (ADR 003). */
    CreateTriggerInput: {
      /** @description 1 to 128 letters, digits, `_` and `-`; does not start with a digit or `-`. */
      triggerName: string;
      /**
       * @description The event source kind (documented list, lifecycle I.4).
       * @enum {string}
       */
      triggerType:
        | 'oss'
        | 'log'
        | 'timer'
        | 'http'
        | 'tablestore'
        | 'cdn_events'
        | 'mns_topic'
        | 'eventbridge';
      /** @description JSON text of the type's configuration object (`HTTPTriggerConfig` for `http`, `TimerTriggerConfig` for `timer`, …; lifecycle I.4). */
      triggerConfig: string;
      /** @description Version or alias the trigger invokes; devsapp sends `LATEST`. */
      qualifier?: string;
      /** @description ARN of the event source (OSS bucket, SLS project, …). */
      sourceArn?: string;
      /** @description RAM role the event source assumes to invoke the function. */
      invocationRole?: string;
      /** @description Free text. */
      description?: string;
    };
    /** @description Body of UpdateTrigger (the SDK model `UpdateTriggerInput`): the fields a trigger can change; name, type and source stay. */
    UpdateTriggerInput: {
      /** @description JSON text of the new configuration, checked against the stored type. */
      triggerConfig?: string;
      /** @description Version or alias the trigger invokes. */
      qualifier?: string;
      /** @description RAM role the event source assumes. */
      invocationRole?: string;
      /** @description Free text. */
      description?: string;
    };
    /** @description A trigger as the service answers it (lifecycle I.4; the SDK model `Trigger`; field values per reference "Triggers and tags" T.2, T.3). */
    Trigger: {
      /** @description ISO-8601 UTC, second precision. */
      createdTime?: string;
      /** @description As given, `""` by default. */
      description?: string;
      httpTrigger?: components['schemas']['HTTPTrigger'];
      /** @description As given. */
      invocationRole?: string;
      /** @description Moves on UpdateTrigger. */
      lastModifiedTime?: string;
      /** @description As given, `LATEST` by default (inferred). */
      qualifier?: string;
      /** @description As given. */
      sourceArn?: string;
      /** @description `OK` (the documented sample's value). */
      status?: string;
      /** @description The ARN of the function the trigger invokes. */
      targetArn?: string;
      /** @description JSON text, as given (`s info` parses it). */
      triggerConfig?: string;
      /** @description A UUID assigned on create. */
      triggerId?: string;
      /** @description As given. */
      triggerName?: string;
      /** @description As given. */
      triggerType?: string;
    };
    /** @description The addresses of an `http` trigger (the SDK model `HTTPTrigger`); only on `http` triggers (inferred). */
    HTTPTrigger: {
      /** @description Public address, `https://<name>-<10 letters>.<region>.fcapp.run` (T.3). */
      urlInternet?: string;
      /** @description VPC address, the same with `<region>-vpc` (T.3). */
      urlIntranet?: string;
    };
    /** @description One page of ListTriggers (the SDK model `ListTriggersOutput`). */
    ListTriggersOutput: {
      /** @description Token of the next page; absent on the last. */
      nextToken?: string;
      /** @description The triggers of this page in ascending name order; `[]` when none. */
      triggers?: components['schemas']['Trigger'][];
    };
    /** @description Body of TagResources (the SDK model `TagResourcesInput`); wire names are capitalised (lifecycle I.5). */
    TagResourcesInput: {
      /** @description Function ARNs. */
      ResourceId: string[];
      /** @description `function`, in any case. */
      ResourceType: string;
      /** @description The pairs to add or replace. */
      Tag: components['schemas']['Tag'][];
    };
    /** @description Body of ChangeResourceGroup (the SDK model `ChangeResourceGroupInput`); the SDK's wire names are capitalised (lifecycle I.5). `ResourceId` is a function name (what Serverless Devs and terraform send, lifecycle H.1 step 13, H.4). Nothing is marked required here because terraform sends the same keys in lower camel case (`resourceId`, `newResourceGroupId`, `resourceType`), which the emulator matches case-insensitively (rule `resource-group-keys-any-case`, inferred); the emulator requires the two ids as strings (rule `resource-group-fields`) and, by its inferred rule `resource-group-values`, all three, not empty. */
    ChangeResourceGroupInput: {
      /** @description The resource group to move the function to. */
      NewResourceGroupId?: string;
      /** @description The function's name. */
      ResourceId?: string;
      /** @description `function`, in any case (lifecycle I.5). */
      ResourceType?: string;
    };
    /** @description Answer of ChangeResourceGroup (the SDK model `ChangeResourceGroupOutput`, capitalised wire names, lifecycle I.5). */
    ChangeResourceGroupOutput: {
      /** @description The function's resource group now. */
      NewResourceGroupId?: string;
      /** @description The function's resource group before the call. */
      OldResourceGroupId?: string;
      /** @description The function's name, as sent. */
      ResourceId?: string;
    };
    /** @description Body of DisableFunctionInvocation (the SDK request model `DisableFunctionInvocationRequest`, whose fields the SDK sends as the JSON body, lifecycle A.1). Unknown keys are ignored (terraform also sends `functionName`, lifecycle H.4). */
    DisableFunctionInvocationRequest: {
      /** @description Whether requests being processed are stopped at once. Accepted and journalled; the emulator runs no invocations. */
      abortOngoingRequest?: boolean;
      /** @description Why invocations are disabled; shown as `invocationRestriction.reason`. */
      reason?: string;
    };
    /** @description Answer of DisableFunctionInvocation (the SDK model of the same name). */
    DisableFunctionInvocationResponseBody: {
      /** @description `true` when invocations are disabled. */
      success?: boolean;
    };
    /** @description Answer of EnableFunctionInvocation (the SDK model of the same name). */
    EnableFunctionInvocationResponseBody: {
      /** @description `true` when invocations are enabled. */
      success?: boolean;
    };
    /** @description Body of PublishFunctionVersion (the SDK model `PublishVersionInput`, lifecycle I.2); optional. */
    PublishVersionInput: {
      /** @description The version's description, `""` by default. */
      description?: string;
    };
    /** @description Where a function's code package can be downloaded (the SDK model `OutputFuncCode`, lifecycle I.1). */
    OutputFuncCode: {
      /** @description CRC-64/XZ of the package as decimal text, the function's `codeChecksum` (CF F). */
      checksum?: string;
      /** @description A URL a plain GET downloads the package from (FC: an OSS URL; the emulator: its own path on the request's host, ADR 038). */
      url?: string;
    };
    /** @description A published version (the SDK model `Version`, lifecycle I.2). GetFunction with `qualifier=<versionId>` answers the function as frozen then, with this `description`, `createdTime` and `lastModifiedTime` (terraform reads those back as the version's, H.5; inferred). */
    Version: {
      /** @description ISO-8601 UTC, second precision; when the version was published. */
      createdTime?: string;
      /** @description As given, `""` by default. */
      description?: string;
      /** @description The same as `createdTime` (versions never change). */
      lastModifiedTime?: string;
      /** @description Decimal integer from 1, per function, never reused. */
      versionId?: string;
    };
    /** @description One page of ListFunctionVersions (the SDK model `ListVersionsOutput`). */
    ListVersionsOutput: {
      /** @description The order of this page, `BACKWARD` (newest first) or `FORWARD`. */
      direction?: string;
      /** @description Token of the next page; absent on the last. */
      nextToken?: string;
      /** @description The versions of this page; `[]` when none. */
      versions?: components['schemas']['Version'][];
    };
    /** @description Body of CreateAlias (the SDK model `CreateAliasInput`, lifecycle I.3). Unknown keys are ignored (ADR 003). */
    CreateAliasInput: {
      /** @description Version id → share of the traffic, 0 to 1 (the `Alias` model; doc sample 0.5). */
      additionalVersionWeight?: {
        [key: string]: number;
      };
      /** @description 1 to 128 letters, digits, `_` and `-`; does not start with a digit or `-`; not `LATEST`. */
      aliasName: string;
      /** @description Free text. */
      description?: string;
      /** @description The main version, one the function has. */
      versionId: string;
    };
    /** @description Body of UpdateAlias (the SDK model `UpdateAliasInput`): what an alias can change; its name stays. */
    UpdateAliasInput: {
      /** @description Replaces the stored weights as a whole (`{}` clears them). */
      additionalVersionWeight?: {
        [key: string]: number;
      };
      /** @description Free text. */
      description?: string;
      /** @description The new main version. */
      versionId?: string;
    };
    /** @description An alias as the service answers it (the SDK model `Alias`, lifecycle I.3). */
    Alias: {
      /** @description As given, `{}` by default. */
      additionalVersionWeight?: {
        [key: string]: number;
      };
      /** @description As given. */
      aliasName?: string;
      /** @description ISO-8601 UTC, second precision. */
      createdTime?: string;
      /** @description As given, `""` by default. */
      description?: string;
      /** @description Moves on UpdateAlias. */
      lastModifiedTime?: string;
      /** @description The main version. */
      versionId?: string;
    };
    /** @description One page of ListAliases (the SDK model `ListAliasesOutput`). */
    ListAliasesOutput: {
      /** @description The aliases of this page in ascending name order; `[]` when none. */
      aliases?: components['schemas']['Alias'][];
      /** @description Token of the next page; absent on the last. */
      nextToken?: string;
    };
    /** @description Function Compute 3.0 error envelope (E.1). Keys are capitalised; `RequestId` has the form `1-` + 8 hex digits + `-` + 24 hex digits (D.1). */
    Error: {
      /** @description Error code, e.g. `InvalidArgument`. */
      Code: string;
      /** @description Human-readable explanation. */
      Message: string;
      /** @description Id of the failed request, same as the request-id headers. */
      RequestId: string;
    };
  };
  responses: never;
  parameters: {
    /**
     * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
     * @example my-function-1
     */
    FunctionName: string;
    /**
     * @description Name of the trigger: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-` (lifecycle I.4). A name no trigger can have answers 400 `InvalidArgument` (rule `triggerName-format`).
     * @example http-t
     */
    TriggerName: string;
    /**
     * @description A published version's id, a decimal integer from 1 (lifecycle I.2). An id no version can have (leading zeros, not digits, more than 10 digits) answers 400 `InvalidArgument` (rule `versionId-format`, inferred); `LATEST` cannot be deleted.
     * @example 1
     */
    VersionId: string;
    /**
     * @description Name of the alias: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-`, not `LATEST` (FC 2.0 CreateAlias; lifecycle I.3). A name no alias can have answers 400 `InvalidArgument` (rule `aliasName-format`, inferred for paths).
     * @example prod
     */
    AliasName: string;
    /** @description API action name; the SDK always sends `CreateFunction` and signs it (A.1, A.3). */
    XAcsAction: 'CreateFunction';
    /** @description API action name; the SDK always sends `GetFunction` and signs it (lifecycle A.1, CF A.3). */
    XAcsActionGetFunction: 'GetFunction';
    /** @description API action name; the SDK always sends `UpdateFunction` and signs it (lifecycle A.1, CF A.3). */
    XAcsActionUpdateFunction: 'UpdateFunction';
    /** @description API action name; the SDK always sends `DeleteFunction` and signs it (lifecycle A.1, CF A.3). */
    XAcsActionDeleteFunction: 'DeleteFunction';
    /** @description API action name; the SDK always sends `ListFunctions` and signs it (lifecycle A.1, CF A.3). */
    XAcsActionListFunctions: 'ListFunctions';
    /** @description API version; the SDK always sends `2023-03-30` and signs it (A.1, A.3). */
    XAcsVersion: '2023-03-30';
    /** @description Signing time in UTC with seconds precision, e.g. `2024-01-01T00:00:00Z`; must be within 15 minutes of server time when signatures are verified (A.3, A.4). */
    XAcsDate: string;
    /** @description Unique value per attempt (the SDK sends 64 lowercase hex digits); a repeated nonce is rejected as a replay (A.3, A.4). */
    XAcsSignatureNonce: string;
    /** @description Lowercase hex SHA-256 of the exact body bytes (A.3). */
    XAcsContentSha256: string;
    /** @description Credential kind used for signing, e.g. `static_ak` or `static_sts` (A.3). */
    XAcsCredentialsProvider: string;
    /** @description AccessKey id, sent only with STS credentials (A.3). */
    XAcsAccesskeyId: string;
    /** @description STS security token, sent only with STS credentials (A.3). */
    XAcsSecurityToken: string;
  };
  requestBodies: never;
  headers: {
    /** @description Request id as the OpenAPI gateway reports it (inferred, D.1); same value as `x-fc-request-id`. Format `1-` + 8 hex digits + `-` + 24 hex digits. */
    XAcsRequestId: string;
    /** @description Request id as Function Compute reports it (inferred from FC 2.0 and invoke responses, D.1); same value as `x-acs-request-id`. */
    XFcRequestId: string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ListFunctions: {
    parameters: {
      query?: {
        /**
         * @description Keeps functions whose description equals this text (exact match inferred, lifecycle E.1).
         * @example test_description
         */
        description?: string;
        /**
         * @description `v3` lists only FC 3.0 functions, `v2` only FC 2.0 functions; empty or absent lists both (documented, lifecycle E.1). Any other value answers 400 `InvalidArgument` (rule `list-fc-version-enum`, inferred, lifecycle G).
         * @example v3
         */
        fcVersion?: '' | 'v2' | 'v3';
        /**
         * @description "Function name" (documented without further semantics, lifecycle E.1); keeps the function of exactly this name (inferred).
         * @example my-function-1
         */
        functionName?: string;
        /**
         * @description Keeps functions whose `gpuConfig.gpuType` equals this value (lifecycle E.1).
         * @example fc.gpu.tesla.1
         */
        gpuType?: string;
        /**
         * @description Page size, an integer from 1 to 100 (documented, lifecycle E.1); default 20 (FC 2.0, inferred). The SDK sends any number unchecked (`limit=0` included, lifecycle A.2); a value outside the range or not an integer answers 400 `InvalidArgument` (rule `list-limit-range`).
         * @example 10
         */
        limit?: number;
        /**
         * @description Opaque pagination token: the `nextToken` of the previous page, unchanged (lifecycle E.1). Empty or absent starts from the first page; Serverless Devs sends `nextToken=` on its first call (lifecycle E.2). A token this server did not issue answers 400 `InvalidArgument` (rule `list-next-token`, inferred).
         * @example MTIzNCNhYmM=
         */
        nextToken?: string;
        /**
         * @description Keeps functions whose name starts with this text (lifecycle E.1).
         * @example my-func
         */
        prefix?: string;
        /**
         * @description Keeps functions of this resource group (lifecycle E.1).
         * @example rg-acfm1c7k24l3456
         */
        resourceGroupId?: string;
        /**
         * @description Keeps functions of this runtime, e.g. `python3.10` (lifecycle E.1).
         * @example python3.10
         */
        runtime?: string;
        /** @description Keeps functions that carry every given tag (semantics inferred, lifecycle E.1). The SDK sends the whole array as ONE query value holding its JSON text, with the capitalised wire names, e.g. `tags=[{"Key":"env","Value":"test"}]` percent-encoded; `[]` is sent for an empty array and filters nothing (lifecycle E.1, A.2). Text that is not a JSON array of `{Key, Value}` objects answers 400 `InvalidArgument` (rule `list-tags-json`, inferred). */
        tags?: string;
      };
      header?: {
        /** @description API action name; the SDK always sends `ListFunctions` and signs it (lifecycle A.1, CF A.3). */
        'x-acs-action'?: components['parameters']['XAcsActionListFunctions'];
        /** @description API version; the SDK always sends `2023-03-30` and signs it (A.1, A.3). */
        'x-acs-version'?: components['parameters']['XAcsVersion'];
        /** @description Signing time in UTC with seconds precision, e.g. `2024-01-01T00:00:00Z`; must be within 15 minutes of server time when signatures are verified (A.3, A.4). */
        'x-acs-date'?: components['parameters']['XAcsDate'];
        /** @description Unique value per attempt (the SDK sends 64 lowercase hex digits); a repeated nonce is rejected as a replay (A.3, A.4). */
        'x-acs-signature-nonce'?: components['parameters']['XAcsSignatureNonce'];
        /** @description Lowercase hex SHA-256 of the exact body bytes (A.3). */
        'x-acs-content-sha256'?: components['parameters']['XAcsContentSha256'];
        /** @description Credential kind used for signing, e.g. `static_ak` or `static_sts` (A.3). */
        'x-acs-credentials-provider'?: components['parameters']['XAcsCredentialsProvider'];
        /** @description AccessKey id, sent only with STS credentials (A.3). */
        'x-acs-accesskey-id'?: components['parameters']['XAcsAccesskeyId'];
        /** @description STS security token, sent only with STS credentials (A.3). */
        'x-acs-security-token'?: components['parameters']['XAcsSecurityToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of functions (status 200 inferred, lifecycle E.2). The items leave out the fields listed in `x-fc-omitted-fields` (documented, lifecycle B.2, E.2). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListFunctionsOutput'];
        };
      };
      /** @description The request was rejected: a query value breaks a rule of `x-fc-rules` (limit, nextToken, tags, fcVersion), a missing header, an unsupported method or a replayed nonce (lifecycle E.1, G; CF E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed (CF A.4, CF E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CreateFunction: {
    parameters: {
      query?: never;
      header?: {
        /** @description API action name; the SDK always sends `CreateFunction` and signs it (A.1, A.3). */
        'x-acs-action'?: components['parameters']['XAcsAction'];
        /** @description API version; the SDK always sends `2023-03-30` and signs it (A.1, A.3). */
        'x-acs-version'?: components['parameters']['XAcsVersion'];
        /** @description Signing time in UTC with seconds precision, e.g. `2024-01-01T00:00:00Z`; must be within 15 minutes of server time when signatures are verified (A.3, A.4). */
        'x-acs-date'?: components['parameters']['XAcsDate'];
        /** @description Unique value per attempt (the SDK sends 64 lowercase hex digits); a repeated nonce is rejected as a replay (A.3, A.4). */
        'x-acs-signature-nonce'?: components['parameters']['XAcsSignatureNonce'];
        /** @description Lowercase hex SHA-256 of the exact body bytes (A.3). */
        'x-acs-content-sha256'?: components['parameters']['XAcsContentSha256'];
        /** @description Credential kind used for signing, e.g. `static_ak` or `static_sts` (A.3). */
        'x-acs-credentials-provider'?: components['parameters']['XAcsCredentialsProvider'];
        /** @description AccessKey id, sent only with STS credentials (A.3). */
        'x-acs-accesskey-id'?: components['parameters']['XAcsAccesskeyId'];
        /** @description STS security token, sent only with STS credentials (A.3). */
        'x-acs-security-token'?: components['parameters']['XAcsSecurityToken'];
      };
      path?: never;
      cookie?: never;
    };
    /** @description The function to create (B.1). */
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFunctionInput'];
      };
    };
    responses: {
      /** @description The function was created (status 200 is inferred, D.1 and ADR 001). The body is the stored configuration plus service-computed fields (D.2). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Function'];
        };
      };
      /** @description The request was rejected: invalid input (every rule of `x-fc-rules`), a missing header, an unsupported path, an oversized package, a replayed nonce or a quota (E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed (A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The function already exists, or a concurrent write won (E.2, G.7). */
      409: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetFunction: {
    parameters: {
      query?: {
        /**
         * @description Version or alias to read (documented, lifecycle B.1). Absent, empty (the SDK sends `?qualifier=` for an empty string, lifecycle A.2) or `LATEST`: the editable configuration (inferred). A version id such as `1` reads that published version; an unknown one answers 404 `VersionNotFound` (Terraform, lifecycle B.1). Any other value is an alias name, resolved to its version; an unknown one answers 404 `AliasNotFound` (FC 2.0, inferred).
         * @example LATEST
         */
        qualifier?: string;
      };
      header?: {
        /** @description API action name; the SDK always sends `GetFunction` and signs it (lifecycle A.1, CF A.3). */
        'x-acs-action'?: components['parameters']['XAcsActionGetFunction'];
        /** @description API version; the SDK always sends `2023-03-30` and signs it (A.1, A.3). */
        'x-acs-version'?: components['parameters']['XAcsVersion'];
        /** @description Signing time in UTC with seconds precision, e.g. `2024-01-01T00:00:00Z`; must be within 15 minutes of server time when signatures are verified (A.3, A.4). */
        'x-acs-date'?: components['parameters']['XAcsDate'];
        /** @description Unique value per attempt (the SDK sends 64 lowercase hex digits); a repeated nonce is rejected as a replay (A.3, A.4). */
        'x-acs-signature-nonce'?: components['parameters']['XAcsSignatureNonce'];
        /** @description Lowercase hex SHA-256 of the exact body bytes (A.3). */
        'x-acs-content-sha256'?: components['parameters']['XAcsContentSha256'];
        /** @description Credential kind used for signing, e.g. `static_ak` or `static_sts` (A.3). */
        'x-acs-credentials-provider'?: components['parameters']['XAcsCredentialsProvider'];
        /** @description AccessKey id, sent only with STS credentials (A.3). */
        'x-acs-accesskey-id'?: components['parameters']['XAcsAccesskeyId'];
        /** @description STS security token, sent only with STS credentials (A.3). */
        'x-acs-security-token'?: components['parameters']['XAcsSecurityToken'];
      };
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`: letters, digits, `_` and `-`, not starting with a digit or `-`, 1 to 64 characters, case-sensitive (CF B.1, CF G.9). The SDK percent-encodes the segment (space `%20`, `/` `%2F`, `*` `%2A`, `+` `%2B`, `~` kept; lifecycle A.2), so a valid name travels as it is; the server decodes the segment once before it checks the name. A name that breaks the rules answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`; inferred: the service may as well answer 404 `FunctionNotFound`).
         * @example my-function-1
         */
        functionName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The function (status 200 inferred, lifecycle B.2): the full `Function` model, state fields included. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Function'];
        };
      };
      /** @description The request was rejected: a path name that breaks the name rules (inferred), a missing header, an unsupported method or a replayed nonce (CF E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed (CF A.4, CF E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function, or no such version or alias for `qualifier` (lifecycle B.3, G). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  UpdateFunction: {
    parameters: {
      query?: never;
      header?: {
        /** @description API action name; the SDK always sends `UpdateFunction` and signs it (lifecycle A.1, CF A.3). */
        'x-acs-action'?: components['parameters']['XAcsActionUpdateFunction'];
        /** @description API version; the SDK always sends `2023-03-30` and signs it (A.1, A.3). */
        'x-acs-version'?: components['parameters']['XAcsVersion'];
        /** @description Signing time in UTC with seconds precision, e.g. `2024-01-01T00:00:00Z`; must be within 15 minutes of server time when signatures are verified (A.3, A.4). */
        'x-acs-date'?: components['parameters']['XAcsDate'];
        /** @description Unique value per attempt (the SDK sends 64 lowercase hex digits); a repeated nonce is rejected as a replay (A.3, A.4). */
        'x-acs-signature-nonce'?: components['parameters']['XAcsSignatureNonce'];
        /** @description Lowercase hex SHA-256 of the exact body bytes (A.3). */
        'x-acs-content-sha256'?: components['parameters']['XAcsContentSha256'];
        /** @description Credential kind used for signing, e.g. `static_ak` or `static_sts` (A.3). */
        'x-acs-credentials-provider'?: components['parameters']['XAcsCredentialsProvider'];
        /** @description AccessKey id, sent only with STS credentials (A.3). */
        'x-acs-accesskey-id'?: components['parameters']['XAcsAccesskeyId'];
        /** @description STS security token, sent only with STS credentials (A.3). */
        'x-acs-security-token'?: components['parameters']['XAcsSecurityToken'];
      };
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`: letters, digits, `_` and `-`, not starting with a digit or `-`, 1 to 64 characters, case-sensitive (CF B.1, CF G.9). The SDK percent-encodes the segment (space `%20`, `/` `%2F`, `*` `%2A`, `+` `%2B`, `~` kept; lifecycle A.2), so a valid name travels as it is; the server decodes the segment once before it checks the name. A name that breaks the rules answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`; inferred: the service may as well answer 404 `FunctionNotFound`).
         * @example my-function-1
         */
        functionName: string;
      };
      cookie?: never;
    };
    /** @description The fields to change (lifecycle C.1); every field is optional. */
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFunctionInput'];
      };
    };
    responses: {
      /** @description The function after the update (documented, lifecycle C.3; status 200 inferred), state fields included. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Function'];
        };
      };
      /** @description The request was rejected: the merged configuration breaks a CreateFunction rule or the body names another function (every rule of `x-fc-rules`), a bad path name (inferred), a missing header, an unsupported method, an oversized package or a replayed nonce (lifecycle C.5, CF E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed (CF A.4, CF E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function (lifecycle C.5, G). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The previous update of this function is still in progress (rule `update-not-in- progress`; status from FC 2.0, trigger inferred, lifecycle C.4). */
      409: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The resource changed since it was read (documented code, FC 2.0 status). The 3.0 SDK sends no `If-Match` and `Function` has no ETag, so only fault injection or `Prefer` produce it (lifecycle C.4). */
      412: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  DeleteFunction: {
    parameters: {
      query?: never;
      header?: {
        /** @description API action name; the SDK always sends `DeleteFunction` and signs it (lifecycle A.1, CF A.3). */
        'x-acs-action'?: components['parameters']['XAcsActionDeleteFunction'];
        /** @description API version; the SDK always sends `2023-03-30` and signs it (A.1, A.3). */
        'x-acs-version'?: components['parameters']['XAcsVersion'];
        /** @description Signing time in UTC with seconds precision, e.g. `2024-01-01T00:00:00Z`; must be within 15 minutes of server time when signatures are verified (A.3, A.4). */
        'x-acs-date'?: components['parameters']['XAcsDate'];
        /** @description Unique value per attempt (the SDK sends 64 lowercase hex digits); a repeated nonce is rejected as a replay (A.3, A.4). */
        'x-acs-signature-nonce'?: components['parameters']['XAcsSignatureNonce'];
        /** @description Lowercase hex SHA-256 of the exact body bytes (A.3). */
        'x-acs-content-sha256'?: components['parameters']['XAcsContentSha256'];
        /** @description Credential kind used for signing, e.g. `static_ak` or `static_sts` (A.3). */
        'x-acs-credentials-provider'?: components['parameters']['XAcsCredentialsProvider'];
        /** @description AccessKey id, sent only with STS credentials (A.3). */
        'x-acs-accesskey-id'?: components['parameters']['XAcsAccesskeyId'];
        /** @description STS security token, sent only with STS credentials (A.3). */
        'x-acs-security-token'?: components['parameters']['XAcsSecurityToken'];
      };
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`: letters, digits, `_` and `-`, not starting with a digit or `-`, 1 to 64 characters, case-sensitive (CF B.1, CF G.9). The SDK percent-encodes the segment (space `%20`, `/` `%2F`, `*` `%2A`, `+` `%2B`, `~` kept; lifecycle A.2), so a valid name travels as it is; the server decodes the segment once before it checks the name. A name that breaks the rules answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`; inferred: the service may as well answer 404 `FunctionNotFound`).
         * @example my-function-1
         */
        functionName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; no body (inferred, lifecycle D.2: the FC 3.0 page shows `{}`, FC 2.0 pages show 204 and 200, and every client accepts both; 204 follows FC 2.0 and its SDK tests). */
      204: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request was rejected: a path name that breaks the name rules (inferred), a missing header, an unsupported method or a replayed nonce (CF E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed (CF A.4, CF E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function (lifecycle D.4, G). Terraform treats it as a successful delete. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The function still has triggers (documented code and message; status 409 inferred, lifecycle D.3), or a provision or resident scaling config (`ProvisionConfigExist`, `ResidentScalingConfigExists`: codes Serverless Devs' `s remove` retries on; status and wording inferred, lifecycle D.3, G, H.2). The emulator raises the first itself and the other two only when injected (`failNext`): it keeps no provision or scaling config. */
      409: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListTriggers: {
    parameters: {
      query?: {
        /**
         * @description Page size, 1 to 100 (inferred from ListFunctions); default 20.
         * @example 10
         */
        limit?: number;
        /**
         * @description The `nextToken` of the previous page; empty or absent starts at the first.
         * @example MTIzNCNhYmM=
         */
        nextToken?: string;
        /**
         * @description Keeps triggers whose name starts with this.
         * @example http
         */
        prefix?: string;
      };
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page; `nextToken` only when another page follows. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListTriggersOutput'];
        };
      };
      /** @description Bad `limit` or `nextToken`, or a body on a GET. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function (inferred). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CreateTrigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTriggerInput'];
      };
    };
    responses: {
      /** @description The trigger as stored (status 200 inferred like CreateFunction's, ADR 001). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description Invalid input (names the field and the rule) or too many triggers. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function (inferred, lifecycle I.4). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The function already has a trigger of this name (lifecycle G, H.1). */
      409: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetTrigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description Name of the trigger: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-` (lifecycle I.4). A name no trigger can have answers 400 `InvalidArgument` (rule `triggerName-format`).
         * @example http-t
         */
        triggerName: components['parameters']['TriggerName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trigger. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description A name no trigger can have, or a body on a GET. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such trigger, or no such function (lifecycle G). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  UpdateTrigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description Name of the trigger: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-` (lifecycle I.4). A name no trigger can have answers 400 `InvalidArgument` (rule `triggerName-format`).
         * @example http-t
         */
        triggerName: components['parameters']['TriggerName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTriggerInput'];
      };
    };
    responses: {
      /** @description The trigger as updated. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description Invalid input, naming the field and the rule. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such trigger, or no such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  DeleteTrigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description Name of the trigger: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-` (lifecycle I.4). A name no trigger can have answers 400 `InvalidArgument` (rule `triggerName-format`).
         * @example http-t
         */
        triggerName: components['parameters']['TriggerName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; no body (inferred). */
      204: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A header signing needs is absent or a nonce was replayed, as for every operation (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such trigger, or no such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  TagResources: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TagResourcesInput'];
      };
    };
    responses: {
      /** @description Tagged; no body (inferred). */
      204: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input, naming the field and the rule. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A named function does not exist (inferred). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  UntagResources: {
    parameters: {
      query: {
        /**
         * @description `true` removes every tag (documented); then `TagKey` may be absent.
         * @example true
         */
        All?: boolean;
        /**
         * @description JSON text of an array of function ARNs.
         * @example ["acs:fc:cn-hangzhou:1234567890123456:functions/my-function-1"]
         */
        ResourceId: string;
        /**
         * @description `function`, compared case-insensitively.
         * @example function
         */
        ResourceType: string;
        /**
         * @description JSON text of an array of tag keys (at most 50, documented).
         * @example ["env"]
         */
        TagKey?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Untagged; no body (inferred). */
      204: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid query, naming the parameter. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description A named function does not exist (inferred). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ChangeResourceGroup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeResourceGroupInput'];
      };
    };
    responses: {
      /** @description Moved (devsapp expects 200, lifecycle H.1 step 13). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChangeResourceGroupOutput'];
        };
      };
      /** @description Invalid input, naming the field and the rule. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The function does not exist (inferred). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  DisableFunctionInvocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['DisableFunctionInvocationRequest'];
      };
    };
    responses: {
      /** @description Disabled (status inferred; the body is the SDK's response model). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisableFunctionInvocationResponseBody'];
        };
      };
      /** @description Invalid input, naming the field and the rule, or a name no function can have. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The function does not exist. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  EnableFunctionInvocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    /** @description Ignored when it is a JSON object (terraform sends `{"functionName"}`). */
    requestBody?: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Enabled (status inferred; the body is the SDK's response model). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnableFunctionInvocationResponseBody'];
        };
      };
      /** @description A name no function can have, or a body that is not a JSON object. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The function does not exist. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListFunctionVersions: {
    parameters: {
      query?: {
        /**
         * @description `BACKWARD` (newest first, the default; inferred) or `FORWARD`.
         * @example BACKWARD
         */
        direction?: 'BACKWARD' | 'FORWARD';
        /**
         * @description Page size, 1 to 100 (inferred from ListFunctions); default 20.
         * @example 10
         */
        limit?: number;
        /**
         * @description The `nextToken` of the previous page; empty or absent starts at the first.
         * @example MTIzNCNhYmM=
         */
        nextToken?: string;
      };
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page; `nextToken` only when another page follows. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListVersionsOutput'];
        };
      };
      /** @description Bad `limit`, `direction` or `nextToken`, or a body on a GET. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  PublishFunctionVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['PublishVersionInput'];
      };
    };
    responses: {
      /** @description The version published (status 200 inferred like CreateFunction's, ADR 001). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Version'];
        };
      };
      /** @description A body that is not a JSON object, a `description` that is not a string, or a bad path name. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  DeleteFunctionVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description A published version's id, a decimal integer from 1 (lifecycle I.2). An id no version can have (leading zeros, not digits, more than 10 digits) answers 400 `InvalidArgument` (rule `versionId-format`, inferred); `LATEST` cannot be deleted.
         * @example 1
         */
        versionId: components['parameters']['VersionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; no body (inferred). */
      204: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description LATEST, an id no version can have, or a version an alias uses. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such version, or no such function (lifecycle G). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListAliases: {
    parameters: {
      query?: {
        /**
         * @description Page size, 1 to 100 (inferred from ListFunctions); default 20.
         * @example 10
         */
        limit?: number;
        /**
         * @description The `nextToken` of the previous page; empty or absent starts at the first.
         * @example MTIzNCNhYmM=
         */
        nextToken?: string;
        /**
         * @description Keeps aliases whose name starts with this.
         * @example my-alias
         */
        prefix?: string;
      };
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page; `nextToken` only when another page follows. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListAliasesOutput'];
        };
      };
      /** @description Bad `limit` or `nextToken`, or a body on a GET. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CreateAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAliasInput'];
      };
    };
    responses: {
      /** @description The alias as stored (status 200 inferred like CreateFunction's, ADR 001). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Alias'];
        };
      };
      /** @description Invalid input (names the field and the rule), or weights that name the main version. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function, or a version named does not exist. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The function already has an alias of this name (lifecycle G, H.1). */
      409: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description Name of the alias: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-`, not `LATEST` (FC 2.0 CreateAlias; lifecycle I.3). A name no alias can have answers 400 `InvalidArgument` (rule `aliasName-format`, inferred for paths).
         * @example prod
         */
        aliasName: components['parameters']['AliasName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The alias. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Alias'];
        };
      };
      /** @description A name no alias can have, or a body on a GET. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such alias, or no such function (lifecycle G). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  UpdateAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description Name of the alias: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-`, not `LATEST` (FC 2.0 CreateAlias; lifecycle I.3). A name no alias can have answers 400 `InvalidArgument` (rule `aliasName-format`, inferred for paths).
         * @example prod
         */
        aliasName: components['parameters']['AliasName'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAliasInput'];
      };
    };
    responses: {
      /** @description The alias as updated. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Alias'];
        };
      };
      /** @description Invalid input, naming the field and the rule, or weights that name the main version. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such alias or function, or a version named does not exist. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  DeleteAlias: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
        /**
         * @description Name of the alias: 1 to 128 letters, digits, `_` and `-`, not starting with a digit or `-`, not `LATEST` (FC 2.0 CreateAlias; lifecycle I.3). A name no alias can have answers 400 `InvalidArgument` (rule `aliasName-format`, inferred for paths).
         * @example prod
         */
        aliasName: components['parameters']['AliasName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; no body (inferred). */
      204: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A name no alias can have, or a body other than `{}`. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such alias, or no such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetFunctionCode: {
    parameters: {
      query?: {
        /**
         * @description Version or alias, as on GetFunction (lifecycle B.1, I.1): absent, empty or `LATEST` the function's current code; an unknown version or alias answers 404.
         * @example LATEST
         */
        qualifier?: string;
      };
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The checksum and URL of the package (status 200 inferred, ADR 001). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutputFuncCode'];
        };
      };
      /** @description A name no function can have, a body on a GET, or a custom-container function. With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function, or no such version or alias for `qualifier` (lifecycle G). */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetAsyncInvokeConfig: {
    parameters: {
      query?: {
        /**
         * @description Version or alias; `s deploy` sends `LATEST`.
         * @example LATEST
         */
        qualifier?: string;
      };
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A configured setting (the documented GetAsyncInvokeConfig sample: `functionArn`, `maxAsyncEventAgeInSeconds`, `maxAsyncRetryAttempts`, `destinationConfig`, …). The emulator never stores one, so it never answers this. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A header signing needs is absent or a nonce was replayed, as for every operation (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Nothing is configured (documented code), or no such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetConcurrencyConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A configured setting (`functionArn`, `reservedConcurrency`). The emulator never stores one, so it never answers this. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A header signing needs is absent or a nonce was replayed, as for every operation (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Nothing is configured (code from terraform; status inferred), or no such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetScalingConfig: {
    parameters: {
      query?: {
        /**
         * @description Version or alias; `s deploy` sends `LATEST`.
         * @example LATEST
         */
        qualifier?: string;
      };
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No scaling config (inferred shape). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description A header signing needs is absent or a nonce was replayed, as for every operation (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetProvisionConfig: {
    parameters: {
      query?: {
        /**
         * @description Version or alias.
         * @example LATEST
         */
        qualifier?: string;
      };
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No provision config (inferred shape). */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description A header signing needs is absent or a nonce was replayed, as for every operation (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListVpcBindings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Name of the function, with the constraints of `CreateFunctionInput.functionName`; a name no function can have answers 400 `InvalidArgument` (rules `functionName-pattern`, `functionName-length`, inferred; see the GetFunction path).
         * @example my-function-1
         */
        functionName: components['parameters']['FunctionName'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No bindings. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description A header signing needs is absent or a nonce was replayed, as for every operation (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description No such function. */
      404: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListAsyncInvokeConfigs: {
    parameters: {
      query?: {
        /** @description Page size, 1 to 100 (inferred from ListFunctions). */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No configs. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description A body on a GET or a bad `limit` (rules `request-body-not-allowed`, `list-limit-range`). With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListScalingConfigs: {
    parameters: {
      query?: {
        /** @description Page size, 1 to 100 (inferred from ListFunctions). */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No configs. */
      200: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description A body on a GET or a bad `limit` (rules `request-body-not-allowed`, `list-limit-range`). With auth on, also a header signing needs is absent or a nonce replayed (CF A.4, E.2). */
      400: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Authentication or authorisation failed, as for every operation (lifecycle G: "403 / 5xx / throttling as CF §E.2"; CF A.4, E.2). */
      403: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rate or concurrency limit reached (CF E.2). Any code containing `Throttling` makes the SDK raise `ThrottlingError` (CF E.1). */
      429: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unexpected server failure (CF E.2); produced by fault injection only. */
      500: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Service temporarily unavailable or out of capacity (CF E.2); fault injection only. */
      503: {
        headers: {
          'x-acs-request-id': components['headers']['XAcsRequestId'];
          'x-fc-request-id': components['headers']['XFcRequestId'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
