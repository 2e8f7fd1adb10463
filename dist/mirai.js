import{AbortedError,ApiError,BotspecError,InvalidResponseError,NetworkError,TimeoutError,apiError,bindOperations,checkOptions,
checkTimeout,createCore,createRedactor}from"./chunks/chunk-572S63IF.js";var miraiStatus={OK:0,WRONG_AUTH_KEY:1,BOT_NOT_FOUND:2,SESSION_INVALID:3,SESSION_NOT_VERIFIED:4,TARGET_NOT_FOUND:5,NO_PERMISSION:10,
BOT_MUTED:20,BAD_REQUEST:400},names=new Map(Object.entries(miraiStatus).map(([name,code])=>[code,name])),MiraiApiError=class extends ApiError{name="\
MiraiApiError";codeName;constructor(details){super(details),this.codeName=typeof details.code=="number"?names.get(details.
code):void 0}};var SESSION_FLOW=new Set(["authenticate","verifySession","releaseSession"]),ROUTE_ALIASES={sendQuoteMessage:"quoteMessag\
e",quoteMessage:"sendQuoteMessage"},RELEASE_AFTER_FAILED_VERIFY_MS=5e3,KEPT_SESSION_KEYS=16,KEPT_SESSION_KEY_CHARS=2048;
function createMiraiRuntime(table,options){let{authKey,...common}=options,retry=checkOptions("createMiraiClient","authKe\
y","body",options),sessionKeys,redactor=createRedactor(()=>[authKey,...sessionKeys??[]]),core=createCore({...common,retry,
headers:{},jsonType:"application/json; charset=utf-8",redactor,result(answer){let status=isRecord(answer.body)?answer.body:
{},code=typeof status.code=="number"?status.code:void 0;if(answer.response.ok&&(code===void 0||code===0))return answer.body;
throw apiError(MiraiApiError,answer,code,status.msg)}}),servedRoute;async function viaServedRoute(operationId,alias,body,callOptions){
servedRoute??=new Map;let first=servedRoute.get(operationId)??operationId,second=first===operationId?alias:operationId,timeoutMs=callOptions?.
timeoutMs??options.timeoutMs,started=performance.now();try{let result2=await core.invoke(operationId,table[first],body,callOptions);
return servedRoute.set(operationId,first).set(alias,first),result2}catch(error){if(!(error instanceof MiraiApiError&&error.
status===404&&error.code===void 0))throw error}let left=timeoutMs&&Math.max(1,timeoutMs-(performance.now()-started)),result=await core.
invoke(operationId,table[second],body,{...callOptions,timeoutMs:left}).catch(error=>{throw error instanceof TimeoutError?
new TimeoutError(timeoutMs,error):error});return servedRoute.set(operationId,second).set(alias,second),result}let methods=bindOperations(
table,(operationId,spec,input,callOptions)=>{let key;try{key=input?.sessionKey}catch(error){return unreadable(operationId,
error)}(typeof key=="string"||typeof key=="number"||typeof key=="bigint")&&String(key).length<=1024&&useSessionKey(sessionKeys??=
new Set,String(key));let alias=ROUTE_ALIASES[operationId];return alias!==void 0&&table[alias]?viaServedRoute(operationId,
alias,input,callOptions):core.invoke(operationId,spec,input,callOptions)},core.raw,{openSession});async function openSession(qq,callOptions){
let timeoutMs=callOptions?.timeoutMs??options.timeoutMs;if(checkTimeout(timeoutMs,"openSession"),!(typeof qq=="number"&&
Number.isSafeInteger(qq)&&qq>0))throw new TypeError(`openSession: qq must be the bot's QQ number, a positive integer, no\
t ${typeof qq=="number"?qq:typeof qq}`);let deadline=timeoutMs?performance.now()+timeoutMs:void 0,step=call=>call({signal:callOptions?.
signal,timeoutMs:deadline===void 0?timeoutMs:Math.max(1,deadline-performance.now())}).catch(error=>{throw error instanceof
TimeoutError?new TimeoutError(timeoutMs,error):error}),auth=await step(o=>methods.authenticate({authKey},o)),sessionKey=isRecord(
auth)?auth.session??auth.msg:void 0;if(typeof sessionKey!="string"||sessionKey===""||sessionKey.length>1024){let context={
operationId:"authenticate",method:"POST",url:redactor.text(`${options.baseUrl}${table.authenticate.path}`)};throw new InvalidResponseError(
`HTTP 200 without a session key of 1 to ${1024} characters in \`session\` or \`msg\``,200,context)}try{await step(o=>methods.
verifySession({sessionKey,qq},o))}catch(error){throw methods.releaseSession({sessionKey,qq},{timeoutMs:RELEASE_AFTER_FAILED_VERIFY_MS}).
catch(()=>{}),error}let released,release=releaseOptions=>released??=methods.releaseSession({sessionKey,qq},releaseOptions).
then(()=>{sessionKeys?.delete(sessionKey)},error=>{if(error instanceof MiraiApiError&&error.code===miraiStatus.SESSION_INVALID)
return void sessionKeys?.delete(sessionKey);throw released=void 0,error}),session=Object.assign(Object.create({get sessionKey(){
return sessionKey}}),{qq,release,[Symbol.asyncDispose]:()=>release()});for(let operationId of Object.keys(table))SESSION_FLOW.
has(operationId)||(session[operationId]=sessionKeyOnly(table[operationId])?(o,second)=>methods[operationId]({sessionKey},
second??o):(input,o)=>{let withKey;try{withKey={...input,sessionKey}}catch(error){return unreadable(operationId,error)}return methods[operationId](
withKey,o)});return session}return methods}function unreadable(operationId,error){return Promise.reject(new TypeError(`${operationId}\
: the input cannot be read`,{cause:error}))}function useSessionKey(sessionKeys,key){sessionKeys.delete(key),sessionKeys.
add(key);let chars=0;for(let kept of sessionKeys)chars+=kept.length;for(let oldest of sessionKeys){if(oldest===key||sessionKeys.
size<=KEPT_SESSION_KEYS&&chars<=KEPT_SESSION_KEY_CHARS)break;sessionKeys.delete(oldest),chars-=oldest.length}}function sessionKeyOnly(spec){
return!spec.body&&Object.keys(spec.parameters).every(name=>name==="sessionKey")}function isRecord(value){return typeof value==
"object"&&value!==null&&!Array.isArray(value)}var plain=text=>({type:"Plain",text}),at=(target,display)=>({type:"At",target,display}),atAll=()=>({type:"AtAll"}),face=faceId=>({
type:"Face",faceId}),image=imageId=>({type:"Image",imageId}),xml=content=>({type:"Xml",xml:content});function quoteTarget(message){
let id;try{let given=message,source=(Array.isArray(message)?message:Array.isArray(given?.messageChain)?given.messageChain:
[message]).find(element=>element?.type==="Source");id=source?.id??source?.uid}catch(error){throw new TypeError("quoteTar\
get: the message cannot be read",{cause:error})}if(!Number.isSafeInteger(id))throw new TypeError("quoteTarget: the messa\
ge has no Source element with an `id` or `uid`");return id}var defaultBaseUrl="http://localhost:8080",operationTable={authenticate:{method:"post",path:"/auth",parameters:{},body:"\
application/json"},verifySession:{method:"post",path:"/verify",parameters:{},body:"application/json",secrets:["sessionKe\
y"]},releaseSession:{method:"post",path:"/release",parameters:{},body:"application/json",secrets:["sessionKey"]},sendFriendMessage:{
method:"post",path:"/sendFriendMessage",parameters:{},body:"application/json",secrets:["sessionKey"]},sendGroupMessage:{
method:"post",path:"/sendGroupMessage",parameters:{},body:"application/json",secrets:["sessionKey"]},sendQuoteMessage:{method:"\
post",path:"/sendQuoteMessage",parameters:{},body:"application/json",secrets:["sessionKey"]},quoteMessage:{method:"post",
path:"/quoteMessage",parameters:{},body:"application/json",secrets:["sessionKey"]},sendImageMessage:{method:"post",path:"\
/sendImageMessage",parameters:{},body:"application/json",secrets:["sessionKey"]},uploadImage:{method:"post",path:"/uploa\
dImage",parameters:{},body:"multipart/form-data",response:"text/plain",secrets:["sessionKey"]},fetchMessages:{method:"ge\
t",path:"/fetchMessage",parameters:{sessionKey:"query",count:"query"},secrets:["sessionKey"],notIdempotent:!0},listFriends:{
method:"get",path:"/friendList",parameters:{sessionKey:"query"},secrets:["sessionKey"]},listGroups:{method:"get",path:"/\
groupList",parameters:{sessionKey:"query"},secrets:["sessionKey"]},listMembers:{method:"get",path:"/memberList",parameters:{
sessionKey:"query",target:"query"},secrets:["sessionKey"]},muteAll:{method:"post",path:"/muteAll",parameters:{},body:"ap\
plication/json",secrets:["sessionKey"]},unmuteAll:{method:"post",path:"/unmuteAll",parameters:{},body:"application/json",
secrets:["sessionKey"]},muteMember:{method:"post",path:"/mute",parameters:{},body:"application/json",secrets:["sessionKe\
y"]},unmuteMember:{method:"post",path:"/unmute",parameters:{},body:"application/json",secrets:["sessionKey"]},kickMember:{
method:"post",path:"/kick",parameters:{},body:"application/json",secrets:["sessionKey"]},getGroupConfig:{method:"get",path:"\
/groupConfig",parameters:{sessionKey:"query",target:"query"},secrets:["sessionKey"]},updateGroupConfig:{method:"post",path:"\
/groupConfig",parameters:{},body:"application/json",secrets:["sessionKey"]},getMemberInfo:{method:"get",path:"/memberInf\
o",parameters:{sessionKey:"query",target:"query",memberId:"query"},secrets:["sessionKey"]},updateMemberInfo:{method:"pos\
t",path:"/memberInfo",parameters:{},body:"application/json",secrets:["sessionKey"]}};function createMiraiClient(options){
return createMiraiRuntime(operationTable,{...options,baseUrl:options.baseUrl??defaultBaseUrl})}export{AbortedError,ApiError,BotspecError,InvalidResponseError,MiraiApiError,NetworkError,TimeoutError,at,atAll,createMiraiClient,
defaultBaseUrl,face,image,miraiStatus,operationTable,plain,quoteTarget,xml};
