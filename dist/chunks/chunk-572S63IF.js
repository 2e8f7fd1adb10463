function apiError(ErrorClass,{body,response,context,redactor},code,serverMessage){return new ErrorClass({...context(),status:response.
status,code:redactor.value(code),body:redactor.value(body),...typeof serverMessage=="string"?{serverMessage:redactor.text(
serverMessage)}:{}})}var BotspecError=class extends Error{name="BotspecError";operationId;method;url;constructor(message,context,options){super(
`${context.operationId} (${context.method} ${start(context.url,2e3)}): ${message}`,options),this.operationId=context.operationId,
this.method=context.method,this.url=context.url}},LONGEST_SERVER_MESSAGE=500,ApiError=class extends BotspecError{name="A\
piError";status;code;body;constructor(details){let code=details.code===void 0?"":`, code ${printable(String(details.code))}`,
{serverMessage=""}=details,said=serverMessage&&`: ${printable(start(serverMessage,LONGEST_SERVER_MESSAGE))}`;super(`HTTP\
 ${details.status}${code}${said}`,details),this.status=details.status,this.code=details.code,this.body=details.body}};function start(text,most){
return text.length>most?`${text.slice(0,most)}\u2026`:text}function printable(text){return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/g,
char=>`\\u${char.charCodeAt(0).toString(16).padStart(4,"0")}`)}var NetworkError=class extends BotspecError{name="Network\
Error"},TimeoutError=class extends BotspecError{name="TimeoutError";timeoutMs;constructor(timeoutMs,context){super(`no a\
nswer within ${timeoutMs} ms`,context),this.timeoutMs=timeoutMs}},AbortedError=class extends BotspecError{name="AbortedE\
rror"},InvalidResponseError=class extends BotspecError{name="InvalidResponseError";status;constructor(message,status,context){
super(message,context),this.status=status}};var REDACTED="[REDACTED]";var SECRET_QUERY_PARAMETERS=/([?&](?:sessionKey|authKey|token|access_token)=)[^&#]*/gi;function createRedactor(secrets,root){
let known="",pattern,patternChars=0;function patternOf(){let list=[...new Set([...secrets()].filter(secret=>!!secret))];
list.sort((a,b)=>b.length-a.length||(a<b?-1:a>b?1:0));let key=JSON.stringify(list);return(key!==known||pattern===void 0&&
list.length>0)&&(known=key,pattern=list.length===0?void 0:patternFor(root??self,key,list),patternChars=list.reduce((chars,secret)=>chars+
secret.length,0)),pattern}function text(value2,budget={left:MOST_WORK}){let result=value2.replace(SECRET_QUERY_PARAMETERS,
`$1${REDACTED}`),secretsPattern=patternOf();if(!secretsPattern)return result;if(budget.left-=result.length*patternChars,
budget.left<0)return REDACTED;try{return result.replace(secretsPattern,REDACTED)}catch{return REDACTED}}function value(input){
let numbers=[...secrets()].filter(secret=>!!secret&&NUMBER.test(secret)).map(Number),numeric=numbers.length>0,walked=item=>typeof item==
"string"||typeof item=="object"&&item!==null||numeric&&typeof item=="number",budget={left:MOST_WORK},values=MOST_VALUES,
root2={input},pending=[[root2,"input",0]];for(let next=pending.pop();next;next=pending.pop()){let[parent,key,depth]=next,
item=parent[key];if(typeof item=="string"||typeof item=="number"){let redacted=numbers.includes(item)?REDACTED:text(String(
item),budget);(typeof item=="string"||redacted!==String(item))&&(parent[key]=redacted);continue}let plain=!!item&&typeof item==
"object"&&Object.getPrototypeOf(item)===Object.prototype;if(!plain&&!Array.isArray(item))continue;if(depth===MAX_DEPTH){
parent[key]=TOO_DEEP;continue}let entries=plain?Object.entries(item):void 0;if((values-=entries?3*entries.length:item.length)<
0)return REDACTED;if(entries){let copy=Object.fromEntries(entries.map(([name,field])=>[text(name,budget),field]));parent[key]=
copy;for(let name of Object.keys(copy))walked(copy[name])&&pending.push([copy,name,depth+1])}else{let copy=item.slice();
parent[key]=copy;for(let index=0;index<copy.length;index++)walked(copy[index])&&pending.push([copy,String(index),depth+1])}}
return root2.input}let self={text,value,and:more=>createRedactor(()=>[...secrets(),...more],root??self)};return self}var KEPT_PATTERNS=4,
builtPatterns=new WeakMap;function patternFor(owner,key,list){let built=builtPatterns.get(owner);built||builtPatterns.set(
owner,built=new Map);let pattern=built.get(key);return pattern||(built.set(key,pattern=new RegExp(list.map(wholeForms).join(
"|"),"g")),built.size>KEPT_PATTERNS&&built.delete(built.keys().next().value)),pattern}var NUMBER=/^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/,
MOST_WORK=3e7,MOST_VALUES=25e4,MAX_DEPTH=1e3,TOO_DEEP="[nested too deep]",WORD=/[A-Za-z0-9]/,START=String.raw`(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\[bfnrt]|&#[0-9]+;|&#[xX][0-9A-Fa-f]+;)`;
function wholeForms(secret){let chars=[...secret],body=chars.map(forms).join(""),start2=WORD.test(chars[0])?`(?:${START}\
)`:"",end=WORD.test(chars.at(-1))?"(?![A-Za-z0-9])":"";return`${start2}${body}${end}`}function forms(char){let literal=new Set(
[char,JSON.stringify(char).slice(1,-1),char==="/"?"\\/":char===" "?"+":char]),named=NAMED_REFERENCES[char];named&&literal.
add(`&${named};`);let percent=[...new TextEncoder().encode(char)].map(byte=>`%${hexDigits(byte,2)}`).join(""),unicode=char.
split("").map(unit=>`\\\\u${hexDigits(unit.charCodeAt(0),4)}`).join(""),point=char.codePointAt(0),reference=`&#(?:0*${point}\
|[xX]0*${hexDigits(point,1)});`;return`(?:${[...literal].map(escapeRegExp).join("|")}|${percent}|${unicode}|${reference}\
)`}var NAMED_REFERENCES={"&":"amp","<":"lt",">":"gt",'"':"quot","'":"apos"};function hexDigits(value,digits){return value.
toString(16).padStart(digits,"0").replace(/[a-f]/g,digit=>`[${digit}${digit.toUpperCase()}]`)}function escapeRegExp(text){
return text.replace(/[\\^$.*+?()[\]{}|/-]/g,"\\$&")}function sleep(ms,signal){let until=performance.now()+ms;return new Promise((resolve,reject)=>{if(signal?.aborted)return reject(
signal.reason);let timer,onAbort=()=>{clearTimeout(timer),reject(signal.reason)},wait=()=>{let left=until-performance.now();
if(left>0)return void(timer=setTimeout(wait,Math.min(left,2147483647)));signal?.removeEventListener("abort",onAbort),resolve()};
signal?.addEventListener("abort",onAbort,{once:!0}),wait()})}function deadline(timeoutMs,where){if(checkTimeout(timeoutMs,where),!timeoutMs||timeoutMs>2147483647)return;let controller=new AbortController,
timer=setTimeout(()=>controller.abort(new DOMException("The operation timed out.","TimeoutError")),Math.ceil(timeoutMs));
return timer.unref?.(),{signal:controller.signal,clear:()=>clearTimeout(timer)}}function callSignal(callerSignal,timeout){
if(!callerSignal)return timeout;let controller=new AbortController,abort=()=>controller.abort(callerSignal.reason);if(callerSignal.
aborted?abort():callerSignal.addEventListener("abort",abort,{once:!0}),timeout){let timedOut=()=>controller.abort(timeout.
signal.reason);timeout.signal.aborted?timedOut():timeout.signal.addEventListener("abort",timedOut,{once:!0})}return{signal:controller.
signal,clear:()=>{callerSignal.removeEventListener("abort",abort),timeout?.clear()}}}function checkTimeout(timeoutMs,where){
if(timeoutMs!==void 0&&!(typeof timeoutMs=="number"&&timeoutMs>=0))throw new RangeError(`${where}: timeoutMs must be a n\
umber >= 0 (0 for none), not ${String(timeoutMs)}`)}function checkSignal(signal,where){if(signal==null||signal instanceof
AbortSignal)return signal??void 0;throw new TypeError(`${where}: signal must be an AbortSignal`)}function unlessAborted(promise,signal){
return signal?new Promise((resolve,reject)=>{let onAbort=()=>reject(signal.reason);if(promise.then(resolve,reject).finally(
()=>signal.removeEventListener("abort",onAbort)),signal.aborted)return onAbort();signal.addEventListener("abort",onAbort,
{once:!0})}):promise}function checkOptions(factory,credential,sentIn,options){let fail=message=>{throw new TypeError(`${factory}: ${message}`)},
value=options[credential];(typeof value!="string"||value.trim()==="")&&fail(`the \`${credential}\` option must be a non-e\
mpty string`),value.length>1024&&fail(`the \`${credential}\` option is longer than ${1024} characters`),(sentIn==="heade\
r"?/[^\t\x20-\x7e]|^\s|\s$/:/[\0-\x08\x0a-\x1f\x7f]/).test(value)&&fail(`the \`${credential}\` option must be ${sentIn===
"header"?"printable ASCII without spaces at either end":"without control characters"}`);let{baseUrl}=options,url=typeof baseUrl==
"string"&&URL.canParse(baseUrl)?new URL(baseUrl):void 0;/^https?:$/.test(url?.protocol??"")||fail(`the \`baseUrl\` option \
must be an absolute http(s) URL string, not ${JSON.stringify(String(baseUrl).replace(/^(.*?\/\/)?.*@/s,"$1[REDACTED]@"))}`),
(url.username||url.password||/^[^/]*\/\/[^/]*@/.test(baseUrl))&&fail("the `baseUrl` option must not contain credentials \
(user:password@)"),/[?#]/.test(baseUrl)&&fail("the `baseUrl` option must not have a query or fragment"),options.fetch!==
void 0&&typeof options.fetch!="function"&&fail("the `fetch` option must be a function"),checkTimeout(options.timeoutMs,factory),
checkNumber(factory,"maxResponseBytes",options.maxResponseBytes,1,Number.MAX_SAFE_INTEGER,!0);let{retry}=options;if(retry===
void 0||retry===!1)return retry;(typeof retry!="object"||retry===null||Array.isArray(retry))&&fail(`the \`retry\` option m\
ust be an object or false, not ${String(retry)}`);let{retries,rateLimitRetries,baseDelayMs,maxDelayMs}=retry,settings={retries,
rateLimitRetries,baseDelayMs,maxDelayMs};for(let name of["retries","rateLimitRetries"])checkNumber(factory,`retry.${name}`,
settings[name],0,100,!0);for(let name of["baseDelayMs","maxDelayMs"])checkNumber(factory,`retry.${name}`,settings[name],
0,2147483647,!1);return settings}function checkNumber(factory,name,value,min,max,integer){if(value!==void 0&&!(typeof value==
"number"&&value>=min&&value<=max&&(!integer||Number.isInteger(value))))throw new RangeError(`${factory}: ${name} must be\
 ${integer?"an integer":"a number"} from ${min} to ${max}, not ${String(value)}`)}function headerNumber(text){if(text===null||text.length===0||text===".")return NaN;if(text.length>15)return/^(\d+\.?\d*|\.\d+)$/.
test(text)?Number(text):NaN;let value=0,scale=0;for(let i=0;i<text.length;i++){let code=text.charCodeAt(i);if(code>=48&&
code<=57)value=value*10+(code-48),scale*=10;else if(code===46&&scale===0)scale=1;else return NaN}return scale===0?value:
value/scale}var DEFAULT_MAX_RESPONSE_BYTES=16*1024*1024,ResponseTooLarge=class extends TypeError{status;constructor(status,maxBytes){
super(`HTTP ${status} with a body larger than maxResponseBytes (${maxBytes} bytes)`),this.status=status}},NULL_BODY_STATUSES=new Set(
[101,204,205,304]);function readText(response,maxBytes,lengthTrusted){return lengthTrusted&&fitsAsIs(response,maxBytes)?
response.text():readBytes(response,maxBytes).then(bytes=>new TextDecoder().decode(bytes))}async function readBlob(response,maxBytes,lengthTrusted){
return new Blob([await bytesOf(response,maxBytes,lengthTrusted)],{type:response.headers.get("content-type")??""})}async function buffered(response,maxBytes,lengthTrusted){
let body=await bytesOf(response,maxBytes,lengthTrusted),{status,statusText,headers}=response,content=NULL_BODY_STATUSES.
has(status)?null:body;try{return new Response(content,{status,statusText,headers})}catch{let copy=new Response(content,{
status:Math.min(status,599),headers});return Object.defineProperties(copy,{status:{value:status},ok:{value:response.ok},
statusText:{value:statusText}})}}async function bytesOf(response,maxBytes,lengthTrusted){return lengthTrusted&&fitsAsIs(
response,maxBytes)?new Uint8Array(await response.arrayBuffer()):readBytes(response,maxBytes)}function fitsAsIs(response,maxBytes){
if(response.body===null)return!0;let encoding=response.headers.get("content-encoding");return encoding!==null&&encoding!==
"identity"?!1:headerNumber(response.headers.get("content-length"))<=maxBytes}async function readBytes(response,maxBytes){
if(response.body===null)return new Uint8Array(0);let encoding=response.headers.get("content-encoding");if(headerNumber(response.
headers.get("content-length"))>maxBytes&&(encoding===null||encoding==="identity"))throw await response.body.cancel().catch(
()=>{}),new ResponseTooLarge(response.status,maxBytes);let reader=response.body.getReader(),chunks=[],total=0;for(let reads=1;;reads++){
let{done,value}=await reader.read();if(done)break;if(reads%256===0&&await new Promise(resolve=>setTimeout(resolve,0)),total+=
value.byteLength,total>maxBytes)throw await reader.cancel().catch(()=>{}),new ResponseTooLarge(response.status,maxBytes);
chunks.push(value)}if(chunks.length===1)return chunks[0];let bytes=new Uint8Array(total),offset=0;for(let chunk of chunks)
bytes.set(chunk,offset),offset+=chunk.byteLength;return bytes}var LONGEST_SERVER_WAIT_MS=10*6e4,RETRIED_STATUSES=new Set([502,503,504]),IDEMPOTENT_METHODS=new Set(["GET","HEAD"]);function secondsHeader(name){
return response=>{let ms=headerNumber(response.headers.get(name))*1e3;return ms>=0&&ms<=LONGEST_SERVER_WAIT_MS?ms:void 0}}
var retryAfterHeader=secondsHeader("Retry-After");function withRetry(send,options={},{retryAfter=retryAfterHeader,gate,read,
notIdempotent}){let{retries=2,rateLimitRetries=3,baseDelayMs=250,maxDelayMs=5e3}=options,backoff=attempt=>Math.random()*
Math.min(maxDelayMs,baseDelayMs*2**attempt);return async request=>{let isRequest=request instanceof Request,idempotent=IDEMPOTENT_METHODS.
has(request.method)&&(isRequest?!notIdempotent?.(request):request.idempotent!==!1),template=isRequest&&request.body&&rateLimitRetries>
0?request.clone():void 0,failures=0,limited=0;for(let next=request;;next=template?template.clone():request){let pass=gate?.
enter(next);if(pass instanceof Promise&&(pass=await pass),request.signal?.aborted)throw gate?.leave(pass,void 0,!1),request.
signal.reason;let response;try{response=await send(next)}catch(error){if(gate?.leave(pass,void 0,!0),!idempotent||request.
signal?.aborted||failures>=retries)throw error;await sleep(backoff(failures++),request.signal);continue}if(gate?.leave(pass,
response,!0),response.status===429&&limited<rateLimitRetries){await response.body?.cancel(),await sleep(retryAfter(response)??
backoff(limited),request.signal),limited++;continue}if(RETRIED_STATUSES.has(response.status)&&idempotent&&failures<retries){
await response.body?.cancel(),await sleep(backoff(failures++),request.signal);continue}try{return{response,body:await read(
response,request)}}catch(error){if(error instanceof ResponseTooLarge||!idempotent||request.signal?.aborted||failures>=retries)
throw error;await sleep(backoff(failures++),request.signal)}}}}function splitInput(spec,input={}){let split={path:{},query:{},body:spec.body?{}:void 0},bodyFields=0;for(let key in input){
if(!Object.hasOwn(input,key))continue;let value=input[key];if(value===void 0)continue;if(key==="__proto__")throw new TypeError(
"`__proto__` cannot be a field");let location=spec.parameters[key];if(location==="path")split.path[key]=value;else if(location===
"query")split.query[key]=value;else if(split.body)split.body[key]=value,bodyFields++;else{if(encode(key)!==key)throw new TypeError(
`${JSON.stringify(key)} cannot be a query parameter name`);split.query[key]=value}}return bodyFields===0&&spec.optionalBody&&
(split.body=void 0),split}function operationUrl(baseUrl,template,path,query){let segments=segmentsOf(template),url=baseUrl+
segments[0];for(let i=1;i<segments.length;i+=2){let value=path[segments[i]];if(value==null)throw new TypeError(missing(segments[i]));
url+=pathValue(segments[i],value)+segments[i+1]}let separator="?";for(let name in query)query[name]!=null&&(url+=`${separator}${name}\
=${scalar(name,query[name])}`,separator="&");return url}function fillPath(url,path){return url.replace(/\{([^{}]+)\}/g,(_placeholder,name)=>{
if(path[name]==null)throw new TypeError(missing(name));return pathValue(name,path[name])})}var missing=name=>`path param\
eter \`${name}\` is missing`;function pathValue(name,value){let encoded=scalar(name,value);if(encoded===""||encoded==="."||
encoded==="..")throw new TypeError(`path parameter \`${name}\` cannot be ${JSON.stringify(String(value))}: it would name\
 another resource`);return encoded}var encode=value=>encodeURIComponent(value);function scalar(name,value){if(!isScalar(
value))throw new TypeError(`parameter \`${name}\` must be a string, finite number or boolean`);return encode(value)}function isScalar(value){
let type=typeof value;return type==="string"||type==="number"&&Number.isFinite(value)||type==="boolean"||type==="bigint"}
var templates=new Map;function segmentsOf(template){let segments=templates.get(template);return segments||templates.set(
template,segments=template.split(/\{(\w+)\}/)),segments}var MULTIPART="multipart/form-data";function createInvoker(settings){let baseUrl=settings.baseUrl.endsWith("/")?settings.
baseUrl.slice(0,-1):settings.baseUrl;return async(operationId,spec,input,options)=>{let method=spec.method.toUpperCase(),
parts,url;try{parts=splitInput(spec,input),url=operationUrl(baseUrl,spec.path,parts.path,parts.query)}catch(error){throw new TypeError(
`${operationId}: ${error.message}`)}let{body}=parts,multipart=spec.body===MULTIPART,payload=null;try{body&&(payload=serializeBody(
spec,body))}catch(error){throw new TypeError(`${operationId}: the input cannot be sent: ${error.message}`)}let redactor=spec.
secrets?settings.redactor.and(callSecrets(operationId,spec.secrets,input)):settings.redactor,context=()=>({operationId,method,
url:redactor.text(url)}),timeoutMs=options?.timeoutMs??settings.timeoutMs,callerSignal=checkSignal(options?.signal,operationId),
timeout=deadline(timeoutMs,operationId),call=callSignal(callerSignal,timeout),signal=call?.signal,{detour}=settings,response,
content;try{if(detour?.active())({response,content}=await detour.send(spec,parts,payload,signal,isBytes(spec)));else{let headers=spec.
noAuth?withoutAuthorization(settings.headers):settings.headers,init={method,headers:body&&!multipart?{...headers,"Conten\
t-Type":settings.jsonType}:headers,body:payload,signal:signal??null,redirect:"manual"};({response,body:content}=await unlessAborted(
settings.transport({url,method,signal,init,binary:isBytes(spec),idempotent:!spec.notIdempotent}),signal)),response.ok||(content=
parseIfJson(content))}content instanceof Blob&&!isBytes(spec,response)&&(content=await content.text())}catch(error){if(callerSignal?.
aborted)throw new AbortedError("aborted by the caller",context(),{cause:callerSignal.reason});if(timeout?.signal.aborted)
throw new TimeoutError(timeoutMs,context());if(detour?.owns(error))throw detour.original(error);let failure=failureOf(error);
throw typeof failure!="string"?new InvalidResponseError(failure.message,failure.status,context()):new NetworkError(redactor.
text(failure),context())}finally{call?.clear()}let parsed=content===""||content instanceof Blob&&content.size===0?void 0:
content;if(response.ok&&parsed===void 0&&!spec.noContent)throw new InvalidResponseError(`HTTP ${response.status} with an\
 empty body`,response.status,context());if(response.ok&&typeof parsed=="string"&&!spec.response?.startsWith("text/"))try{
parsed=JSON.parse(content)}catch{throw new InvalidResponseError(`HTTP ${response.status} with a body that is not valid J\
SON`,response.status,context())}return settings.result({body:parsed,response,spec,context,redactor})}}function callSecrets(operationId,names,input){
return names.map(name=>{let value=input?.[name];if(value==null)return;if(typeof value=="object"||typeof value=="function"||
typeof value=="symbol")throw new TypeError(`${operationId}: \`${name}\` must be a string`);let secret=String(value);if(secret.
length>1024)throw new TypeError(`${operationId}: \`${name}\` is longer than ${1024} characters`);return secret})}function withoutAuthorization({
Authorization:_,...headers}){return headers}function isBytes(spec,response){return!!spec.response&&!spec.response.startsWith(
"text/")&&!/json/i.test(response?.headers.get("content-type")??"")}var LARGEST_PARSED_FAILURE=1024*1024;function parseIfJson(text){
if(text.length>LARGEST_PARSED_FAILURE)return text;try{return JSON.parse(text)}catch{return text}}function serializeBody(spec,body){
if(spec.body===MULTIPART)return toFormData(body);let json=JSON.stringify(body);return json.includes("null")&&JSON.stringify(
body,refuseWhatJsonDrops),json}function refuseWhatJsonDrops(key,value){let number=value instanceof Number?value.valueOf():
value;if(typeof number=="number"?!Number.isFinite(number):Array.isArray(this)&&(value===void 0||typeof value=="function"||
typeof value=="symbol"))throw new TypeError(`\`${key}\` is ${typeof number=="number"?number:typeof value}, which JSON wo\
uld send as null`);return value}function toFormData(body){let form=new FormData;for(let[key,value]of Object.entries(body)){
let part=ArrayBuffer.isView(value)||value instanceof ArrayBuffer?new Blob([value]):value;if(part instanceof Blob)form.append(
key,part,part instanceof File?part.name:key);else if(isScalar(part))form.append(key,String(part));else throw new TypeError(
`field \`${key}\` must be a Blob, bytes, a string, finite number or boolean`)}return form}function failureOf(error){try{
if(error instanceof ResponseTooLarge)return error;if(!(error instanceof Error))return String(error);let cause=error.cause instanceof
Error?`: ${error.cause.message}`:"";return`${error.message}${cause}`}catch{return"a failure that cannot be described"}}var rawSupports=new WeakMap;function rawSupportOf(client){return rawSupports.get(client)}function createCore(settings){let{
fetch:userFetch,sendDirect,headers,jsonType="application/json"}=settings,maxBytes=settings.maxResponseBytes??DEFAULT_MAX_RESPONSE_BYTES,
lengthTrusted=!userFetch,send=request=>userFetch?userFetch(request instanceof Request?request:new Request(request.url,request.
init)).then(answered):request instanceof Request?fetch(request):sendDirect?sendDirect(request):fetch(request.url,request.
init),retry=settings.retry===!1?SEND_ONCE:settings.retry,{retryAfter,gate}=settings,raw={transport:withRetry(send,retry,
{retryAfter,gate,read:(response,request)=>request.binary&&response.ok?readBlob(response,maxBytes,lengthTrusted):readText(
response,maxBytes,lengthTrusted)}),detour:void 0,baseUrl:settings.baseUrl,headers,jsonType,timeoutMs:settings.timeoutMs,
redactor:settings.redactor,result:settings.result,send,retry,retryAfter,gate,maxBytes,lengthTrusted};return{invoke:createInvoker(
raw),raw}}var SEND_ONCE={retries:0,rateLimitRetries:0};function answered(response){if(response?.type==="error")throw new TypeError(
"fetch answered with a network error (Response.error())");return response}var CALL=Symbol("botspec.call"),TABLE=Symbol("\
botspec.table"),prototypes=new WeakMap;function bindOperations(table,call,raw,fields,shared){let prototype=prototypes.get(
table);prototype||(prototypes.set(table,prototype=operationsPrototype(table)),shared?.(prototype));let client=Object.create(
prototype);return Object.defineProperty(client,CALL,{value:call}),rawSupports.set(client,raw),Object.assign(client,fields)}
function operationsPrototype(table){let prototype={[TABLE]:table};for(let operationId in table){let spec=table[operationId];
Object.defineProperty(prototype,operationId,{configurable:!0,get(){let call=this[CALL],method=spec.noInput?(options,second)=>call(
operationId,spec,void 0,second??options):(input,options)=>call(operationId,spec,input,options);return own(this,operationId,
method),method},set(value){own(this,operationId,value)}})}return prototype}function own(client,name,value){return Object.
defineProperty(client,name,{value,writable:!0,configurable:!0,enumerable:!0}),value}export{apiError,headerNumber,buffered,LONGEST_SERVER_WAIT_MS,secondsHeader,retryAfterHeader,withRetry,BotspecError,ApiError,
NetworkError,TimeoutError,AbortedError,InvalidResponseError,fillPath,createRedactor,escapeRegExp,deadline,callSignal,checkTimeout,
checkSignal,unlessAborted,serializeBody,rawSupportOf,createCore,TABLE,bindOperations,own,checkOptions};
