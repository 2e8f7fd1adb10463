import{TABLE,buffered,callSignal,checkSignal,deadline,escapeRegExp,fillPath,rawSupportOf,serializeBody,unlessAborted,withRetry}from"./chunks/chunk-572S63IF.js";var HOOKS=["onRequest","onResponse","onError"],middlewareErrors=new WeakSet,Thrown=class{constructor(value){this.value=value}value};
function isMiddlewareError(error){return error instanceof Thrown||typeof error=="object"&&error!==null&&middlewareErrors.
has(error)}function thrownByMiddleware(error){return error instanceof Thrown?error.value:error}function markMiddlewareError(error){
return typeof error!="object"||error===null?new Thrown(error):(middlewareErrors.add(error),error)}var guarded=new WeakMap;
function guard(middleware){let known=guarded.get(middleware);if(known)return known;let wrapper={};for(let hook of HOOKS)
wrapper[hook]=async params=>{let run=middleware[hook];if(typeof run=="function")try{let result=await run.call(middleware,
params),replaced=result instanceof Error&&result!==params.error;return hook==="onError"&&replaced&&markMiddlewareError(result),
result}catch(error){throw markMiddlewareError(error)}};return guarded.set(middleware,wrapper),wrapper}var METHODS=["GET","PUT","POST","DELETE","OPTIONS","HEAD","PATCH","TRACE"];function createLazyClient(options,builtIn=[],timeoutMs){
let middleware=[],loaded,load=()=>loaded??=import("./chunks/openapi-fetch-4DWVXS2E.js").then(({createClient})=>createClient(options)),
request=async(method,url,init)=>{let{around,...rest}=init??{},own=[...middleware,...rest.middleware??[]].map(guard),options2={
...rest,params:{...rest.params,path:rest.params?.path??{}},middleware:around?[...builtIn,around.first,...own,around.last]:
[...builtIn,...own]};return(await load()).request(method,url,options2)},unboxed=async(method,url,init)=>{let where=`${method}\
 ${url}`,call=callSignal(checkSignal(init?.signal,where),deadline(timeoutMs,where));try{return await unlessAborted(request(
method,url,call?{...init,signal:call.signal}:init),call?.signal)}catch(error){throw thrownByMiddleware(error)}finally{call?.
clear()}},client={request:unboxed,use(...added){for(let item of added)if(!item||typeof item!="object"||!("onRequest"in item||
"onResponse"in item||"onError"in item))throw new TypeError("middleware must be an object with onRequest(), onResponse() \
or onError()");middleware.push(...added)},eject(...removed){for(let item of removed){let index=middleware.indexOf(item);
index>=0&&middleware.splice(index,1)}}};for(let method of METHODS)client[method]=(url,init)=>unboxed(method,url,init);return{
client,middleware,request}}function withRaw(client){let target=client,support=rawSupportOf(client);if(!support)throw new TypeError("withRaw: not a \
botspec client");if(target.raw)return target;let{baseUrl,headers,jsonType,send,retry,retryAfter,gate,maxBytes,lengthTrusted,
timeoutMs}=support,table=target[TABLE]??{},attempt=withRetry(send,retry,{retryAfter,gate,read:response=>buffered(response,
maxBytes,lengthTrusted),notIdempotent:routesWhere(table,baseUrl,spec=>!!spec.notIdempotent)}),takesNoCredential=routesWhere(
table,baseUrl,spec=>!!spec.noAuth),fetch=async request=>(headers.Authorization&&request.headers.get("Authorization")===headers.
Authorization&&takesNoCredential(request)&&request.headers.delete("Authorization"),(await attempt(request)).body),builtIn=jsonType===
"application/json"?[]:[setJsonType(jsonType)],lazy=createLazyClient({baseUrl,fetch,headers,pathSerializer:fillPath,redirect:"\
manual"},builtIn,timeoutMs);return support.detour=detourThrough(lazy),target.raw=lazy.client,target.use=(...middleware)=>lazy.
client.use(...middleware),target}function detourThrough(lazy){return{active:()=>lazy.middleware.length>0,async send(spec,{
path,query,body},payload,signal,binary){let built,around=signal&&{first:{onRequest:({request:request2})=>{built=request2}},
last:{onRequest:({request:request2})=>request2===built?void 0:new Request(request2,{signal:AbortSignal.any([request2.signal,
signal])})}},request=lazy.request(spec.method,spec.path,{...around?{around}:{},params:{path,query},body,parseAs:binary?"\
blob":"text",...signal?{signal}:{},bodySerializer:value=>value===body?payload:serializeBody(spec,value),...spec.noAuth?{
headers:{Authorization:null}}:{}}),{response,data,error}=await unlessAborted(request,signal);return{response,content:response.
ok?data:error}},owns:isMiddlewareError,original:thrownByMiddleware}}function routesWhere(table,baseUrl,which){let routes=Object.
values(table).filter(which).map(spec=>{let path=canonicalPath(new URL(`${baseUrl.replace(/\/$/,"")}${spec.path}`).pathname),
pattern=escapeRegExp(path).replace(/%7B[^/]*?%7D/gi,"[^/]+");return{method:spec.method.toUpperCase(),path:new RegExp(`^${pattern}\
$`)}});return request=>{if(routes.length===0)return!1;let pathname=canonicalPath(new URL(request.url).pathname);return routes.
some(route=>route.method===request.method&&route.path.test(pathname))}}function canonicalPath(path){return path.replace(
/%([0-9A-Fa-f]{2})/g,(escape,hex)=>{let char=String.fromCharCode(Number.parseInt(hex,16));return/[A-Za-z0-9._~-]/.test(char)?
char:escape.toUpperCase()}).replace(/\/{2,}/g,"/").replace(/(.)\/$/,"$1")}function setJsonType(type){return{onRequest({request}){
request.headers.get("Content-Type")==="application/json"&&request.headers.set("Content-Type",type)}}}export{withRaw};
