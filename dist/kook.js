import{AbortedError,ApiError,BotspecError,InvalidResponseError,LONGEST_SERVER_WAIT_MS,NetworkError,TimeoutError,apiError,
bindOperations,checkOptions,createCore,createRedactor,headerNumber,own,retryAfterHeader,secondsHeader}from"./chunks/chunk-572S63IF.js";var KookApiError=class extends ApiError{name="KookApiError"};function createPaginators(table,call){let pagers={};for(let[operationId,spec]of Object.entries(table))spec.parameters.flag===
"query"?pagers[operationId]=(input,options)=>byMessage(operationId,call,input,options):spec.parameters.page==="query"?pagers[operationId]=
(input,options)=>byPage(operationId,call,input,options):spec.parameters.time==="query"&&(pagers[operationId]=(input,options)=>byTime(
operationId,call,input,options));return pagers}function pageReader(){let firstTime=firstTimeIds(),pagesSeen=new Map;return data=>{
let page=itemsOf(data),withoutId=!1,fresh=page.filter(item=>{let{id}=item;return typeof id!="string"&&typeof id!="number"?
withoutId=!0:firstTime(id)}),repeated=!1;if(withoutId){let key=-1;try{key=hash(JSON.stringify(page))}catch{}let times=(pagesSeen.
get(key)??0)+1;pagesSeen.set(key,times),repeated=times>2}return{page,fresh,stalled:fresh.length===0||repeated}}}function firstTimeIds(){
let ids=new Set,longIds=new Set;return id=>typeof id=="string"&&id.length>LONGEST_KEPT_ID?added(longIds,hash(id)):added(
ids,id)}function added(set,value){let size=set.size;return set.add(value),set.size>size}var LONGEST_KEPT_ID=64;function hash(text){
let h1=3735928559,h2=1103547991;for(let i=0;i<text.length;i++){let code=text.charCodeAt(i);h1=Math.imul(h1^code,2654435761),
h2=Math.imul(h2^code,1597334677)}return h1=Math.imul(h1^h1>>>16,2246822507)^Math.imul(h2^h2>>>13,3266489909),h2=Math.imul(
h2^h2>>>16,2246822507)^Math.imul(h1^h1>>>13,3266489909),4294967296*(2097151&h2)+(h1>>>0)}function itemsOf(data){return Array.
isArray(data?.items)?data.items.filter(item=>typeof item=="object"&&item!==null&&!Array.isArray(item)):[]}async function*byPage(operationId,call,input={},options){
let read=pageReader(),first=Number(input.page??1);if(!(Number.isSafeInteger(first)&&first>=1))throw new TypeError(`${operationId}\
: page must be a whole number from 1`);for(let page=first;;page++){let data=await call(operationId,{...input,page},options),
{fresh,stalled}=read(data);if(yield*fresh,stalled||!(page<Number(data?.meta?.page_total)))return}}async function*byTime(operationId,call,input={},options){
let cursorField=input.sort===2?"create_time":"latest_active_time",pageSize=Number(input.page_size??30),read=pageReader(),
time=input.time,direction=0;for(;;){let data=await call(operationId,time===void 0?input:{...input,time},options),{page,fresh,
stalled}=read(data);yield*fresh;let next=page.at(-1)?.[cursorField];if(typeof next!="number"||page.length<pageSize||stalled)
return;if(time!==void 0){let step=Math.sign(next-Number(time));if(step===0||direction!==0&&step!==direction||Number.isNaN(
step))return;direction=step}time=next}}async function*byMessage(operationId,call,input={},options){let{flag="before",pin}=input;
if(flag!=="before"&&flag!=="after")throw new TypeError(`${operationId}: paginate reads with flag "before" or "after", no\
t ${String(flag)}`);let further=(a,b)=>flag==="after"?a>b:a<b,pageSize=Math.min(Number(input.page_size??50),50),reference=input.
msg_id,time=flag==="after"?-1/0:1/0,seen=new Set([reference]);for(;;){let data=await call(operationId,reference===void 0?
input:{...input,msg_id:reference,flag},options),items=itemsOf(data),next,lost=!1;for(let item of items){let id=item.id,created=item.
create_at;(typeof id!="string"||typeof created!="number")&&(lost=!0),!(id!==void 0&&seen.has(id)||typeof created=="numbe\
r"&&further(time,created))&&(id!==void 0&&seen.add(id),yield item,typeof id=="string"&&typeof created=="number"&&(!next||
further(created,next.time))&&(next={id,time:created}))}if(lost||!next||items.length<pageSize||pin===1||!further(next.time,
time))return;reference=next.id,time=next.time,seen.clear();for(let item of items)item.create_at===time&&seen.add(item.id)}}var LIMIT="x-rate-limit-limit",REMAINING="x-rate-limit-remaining",RESET="x-rate-limit-reset",BUCKET="x-rate-limit-bucket",
GLOBAL="x-rate-limit-global",resetDelay=secondsHeader(RESET),FALLBACK_WINDOW_MS=1e3,MOST_CALLS_PER_WINDOW=1e5;function readLimits(headers,knownLimit){
let remaining=headerNumber(headers.get(REMAINING));if(!(remaining>=0&&remaining<=MOST_CALLS_PER_WINDOW&&Number.isInteger(
remaining)))return;let reset=headers.get(RESET),resetMs=headerNumber(reset)*1e3;if(!(resetMs>=0&&resetMs<=LONGEST_SERVER_WAIT_MS))
return;let limit=knownLimit;if(limit===void 0||remaining>limit){let text=headers.get(LIMIT);if(limit=text===null?void 0:
headerNumber(text),limit!==void 0&&!(limit>=1&&limit<=MOST_CALLS_PER_WINDOW&&Number.isInteger(limit)&&remaining<=limit))
return}let point=reset.indexOf("."),resolutionMs=point<0?1e3:1e3/10**Math.min(3,reset.length-point-1);return{limit,remaining,
resetMs,resolutionMs}}var LEAD_SHARE=.8,LEAD_MARGIN_MS=30,Bucket=class{name;limit;remaining;end;lateEnd;longestReset=0;resolutionMs=1e3;openers=0;sendNextAt=-1/0;sendEarliestAt=1/0;sendSamples=0;previousLead;window=0;windowStartedAt=0;probeSentAt;inFlight=0;line=new Set;timer;global;share;constructor(global,share){
this.global=global,this.share=share}shareOf(count){return Math.max(Math.min(count,1),Math.floor(count*this.share))}probe=!1;grantedAt=0;tryAcquire(){
let now=performance.now();if(this.line.size===0&&this.global.resetAt<=now&&(this.startNextWindowIfDue(now),this.take(now)))
return this.window}acquire(signal){return new Promise((resolve,reject)=>{if(signal?.aborted)return reject(signal.reason);
let turn=(window,probe,grantedAt)=>{signal?.removeEventListener("abort",onAbort),resolve({window,probe,grantedAt})},onAbort=()=>{
this.line.delete(turn),this.line.size===0&&this.stopTimer(),reject(signal.reason)};signal?.addEventListener("abort",onAbort,
{once:!0}),this.line.add(turn),this.drain()})}settle(answer,receivedAt,window,probe,sent,grantedAt){window===this.window&&
this.inFlight--,probe&&(this.probeSentAt=void 0),answer?this.takeAnswer(answer,receivedAt,window===this.window,probe?void 0:
grantedAt):!sent&&!probe&&window===this.window&&this.remaining!==void 0&&(this.remaining=Math.min(this.remaining+1,this.
limit??1/0)),this.drain()}hear(response,receivedAt){this.takeAnswer(response,receivedAt,!1),this.drain()}takeAnswer(answer,receivedAt,current,grantedAt){
!this.learn(answer,receivedAt,current,grantedAt)&&answer.status===429&&!answer.headers.has(GLOBAL)&&this.exhausted(receivedAt,
retryAfterHeader(answer))}learn(response,receivedAt,current,grantedAt){let said=readLimits(response.headers,this.end===void 0?
void 0:this.limit);if(said===void 0)return!1;said.limit!==void 0&&(this.limit=said.limit),said.resolutionMs<this.resolutionMs&&
this.refine(said.resolutionMs);let reset=said.resetMs+this.resolutionMs;this.longestReset=Math.max(this.longestReset,reset);
let end=receivedAt+reset,opened=said.remaining===(this.limit??0)-1;current&&grantedAt!==void 0&&!opened&&(this.sendNextAt=
Math.max(this.sendNextAt,grantedAt+reset),this.sendEarliestAt=Math.min(this.sendEarliestAt,grantedAt+reset),this.sendSamples++);
let halfWindow=this.longestReset/2;return(current||this.remaining===void 0)&&opened&&(this.openers=Math.min(2,this.openers+
1)),this.remaining===void 0?(this.remaining=this.shareOf(said.remaining),this.end=end):(this.remaining=Math.min(this.remaining,
said.remaining),current?this.openers===2?this.end=Math.max(this.end??end,end):this.end===void 0||end-this.end>halfWindow?
this.end=end:this.end-end<=halfWindow&&(this.end=Math.min(this.end,end)):this.lateEnd=Math.max(this.lateEnd??end,end)),!0}exhausted(now,holdMs){
this.remaining=0,this.end=holdMs===void 0?Math.max(this.end??0,now+this.fallbackMs()):now+holdMs,this.forgetWaysThere()}forgetWaysThere(){
this.sendNextAt=-1/0,this.sendEarliestAt=1/0,this.sendSamples=0}refine(resolutionMs){let finer=this.resolutionMs-resolutionMs;
this.end!==void 0&&(this.end-=finer),this.lateEnd!==void 0&&(this.lateEnd-=finer),this.sendNextAt-=finer,this.sendEarliestAt-=
finer,this.longestReset=Math.max(0,this.longestReset-finer),this.resolutionMs=resolutionMs}fallbackMs(){return this.longestReset>
0?this.longestReset:FALLBACK_WINDOW_MS}resetAt(){if(this.end!==void 0){let lead=this.agreedLead();return Math.max(this.end,
this.lateEnd??this.end)-Math.max(0,LEAD_SHARE*lead-LEAD_MARGIN_MS)}return this.remaining===void 0?this.lateEnd:Math.max(
this.windowStartedAt+this.fallbackMs(),this.lateEnd??0)}lead(){if(!(this.sendSamples<2||this.end===void 0||(this.lateEnd??
0)>this.end))return Math.max(0,this.end-2*this.sendNextAt+this.sendEarliestAt)}agreedLead(){let current=this.lead(),previous=this.
previousLead;return current===void 0||previous===void 0?0:Math.max(0,2*Math.min(current,previous)-Math.max(current,previous))}drain(){
if(this.line.size===0)return this.stopTimer();let now=performance.now();if(this.global.resetAt>now)return this.wakeAt(this.
global.resetAt);this.startNextWindowIfDue(now);for(let turn of this.line){if(!this.take(now))break;this.line.delete(turn),
turn(this.window,this.probe,now)}if(this.line.size===0)return this.stopTimer();this.wakeAt(this.remaining===void 0?this.
probeSentAt+this.fallbackMs():this.resetAt())}startNextWindowIfDue(now){let resetAt=this.resetAt();resetAt!==void 0&&resetAt<=
now&&(this.remaining=this.limit===void 0?void 0:Math.max(0,this.shareOf(this.limit)-this.inFlight),this.inFlight=0,this.
previousLead=this.lead(),this.end=this.lateEnd=void 0,this.forgetWaysThere(),this.openers=0,this.window++,this.windowStartedAt=
now)}take(now){if(this.remaining===void 0){if(this.probeSentAt!==void 0&&now-this.probeSentAt<this.fallbackMs())return!1;
this.probeSentAt=now,this.probe=!0}else if(this.remaining>0)this.remaining--,this.probe=!1;else return!1;return this.inFlight++,
this.grantedAt=now,!0}wakeAt(time){clearTimeout(this.timer),this.timer=setTimeout(()=>this.drain(),Math.min(Math.max(0,time-
performance.now()),2147483647))}stopTimer(){clearTimeout(this.timer),this.timer=void 0}};function createKookRateLimit(share=1){
return new KookRateLimit(share)}var KookRateLimit=class{resetAt=0;buckets;routes;share;constructor(share){this.share=share}enter(request){
let query=request.url.indexOf("?"),route=query<0?request.url:request.url.slice(0,query),bucket=this.bucketOf(route),window=bucket.
tryAcquire();return window===void 0?this.wait(route,bucket,request.signal):{route,bucket,window,probe:bucket.probe,grantedAt:bucket.
grantedAt}}leave({route,bucket,window,probe,grantedAt},response,sent){let receivedAt=performance.now(),name=response?.headers.
get(BUCKET),shared=name&&name!==bucket.name?this.namedBucket(route,bucket,name):bucket;shared===bucket?bucket.settle(response,
receivedAt,window,probe,sent,grantedAt):(bucket.settle(void 0,receivedAt,window,probe,!1,grantedAt),shared.hear(response,
receivedAt)),response?.status===429&&response.headers.has(GLOBAL)&&(this.resetAt=receivedAt+(resetDelay(response)??FALLBACK_WINDOW_MS))}namedBucket(route,bucket,name){
let buckets=this.buckets??=new Map,shared=buckets.get(name);return shared||buckets.set(name,shared=bucket),this.routes.set(
route,shared),bucket.name!==void 0&&buckets.get(bucket.name)===bucket&&(shared===bucket||!this.isRouted(bucket))&&buckets.
delete(bucket.name),shared.name=name,shared}isRouted(bucket){for(let routed of this.routes.values())if(routed===bucket)return!0;
return!1}bucketOf(route){let routes=this.routes??=new Map,bucket=routes.get(route);return bucket||routes.set(route,bucket=
new Bucket(this,this.share)),bucket}async wait(route,bucket,signal){for(;;){let{window,probe,grantedAt}=await bucket.acquire(
signal);if(this.routes.get(route)===bucket)return{route,bucket,window,probe,grantedAt};bucket.settle(void 0,performance.
now(),window,probe,!1,grantedAt),bucket=this.routes.get(route);let next=bucket.tryAcquire();if(next!==void 0)return{route,
bucket,window:next,probe:bucket.probe,grantedAt:bucket.grantedAt}}}};function createKookRuntime(table,options){let{token,tokenType="Bot",language,rateLimit=!0,...common}=options,retry=checkOptions(
"createKookClient","token","header",options);if(tokenType!=="Bot"&&tokenType!=="Bearer")throw new TypeError(`createKookC\
lient: tokenType must be "Bot" or "Bearer", not ${String(tokenType)}`);if(language!==void 0&&!(typeof language=="string"&&
/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(language)))throw new TypeError('createKookClient: language must be a la\
nguage tag in ASCII, such as "en-US" (sent as Accept-Language)');if(typeof rateLimit!="boolean"&&typeof rateLimit?.store?.
limiter!="function")throw new TypeError(`createKookClient: rateLimit must be true, false or { store }, not ${String(rateLimit)}`);
let core=createCore({...common,retry,headers:{Authorization:`${tokenType} ${token}`,...language?{"Accept-Language":language}:
{}},retryAfter:response=>resetDelay(response)??retryAfterHeader(response),...rateLimit?{gate:rateLimitGate(rateLimit,token)}:
{},redactor:createRedactor(()=>[token]),result(answer){let envelope=answer.body;if(answer.response.ok&&envelope?.code===
0)return envelope.data;if(answer.response.ok&&answer.body instanceof Blob)return answer.body;if(answer.response.ok&&answer.
spec.unwrapped&&isObject(envelope)&&!("code"in envelope))return envelope;let code=typeof envelope?.code=="number"?envelope.
code:void 0;throw apiError(KookApiError,answer,code,envelope?.message)}});return bindOperations(table,core.invoke,core.raw,
{},prototype=>Object.defineProperty(prototype,"paginate",{configurable:!0,get(){return own(this,"paginate",createPaginators(
table,(operationId,input,callOptions)=>this[operationId](input,callOptions)))}}))}function rateLimitGate(rateLimit,token){
return rateLimit===!0?createKookRateLimit():rateLimit.store.limiter(tokenHash(token),createKookRateLimit)}async function tokenHash(token){
let digest=await crypto.subtle.digest("SHA-256",new TextEncoder().encode(token));return Array.from(new Uint8Array(digest),
byte=>byte.toString(16).padStart(2,"0")).join("")}function isObject(value){return typeof value=="object"&&value!==null&&
!Array.isArray(value)}var defaultBaseUrl="https://www.kookapp.cn/api/v3",operationTable=JSON.parse('{"listInvites":{"method":"get","path":"/in\
vite/list","parameters":{"guild_id":"query","channel_id":"query","page":"query","page_size":"query"}},"createInvite":{"m\
ethod":"post","path":"/invite/create","parameters":{},"body":"application/json"},"deleteInvite":{"method":"post","path":\
"/invite/delete","parameters":{},"body":"application/json"},"getCurrentUser":{"method":"get","path":"/user/me","paramete\
rs":{},"noInput":true},"getUser":{"method":"get","path":"/user/view","parameters":{"user_id":"query","guild_id":"query"}\
},"setBotOffline":{"method":"post","path":"/user/offline","parameters":{},"noInput":true},"setBotOnline":{"method":"post\
","path":"/user/online","parameters":{},"noInput":true},"getBotOnlineStatus":{"method":"get","path":"/user/get-online-st\
atus","parameters":{},"noInput":true},"listCategories":{"method":"get","path":"/category/list","parameters":{"channel_id\
":"query"}},"createThread":{"method":"post","path":"/thread/create","parameters":{},"body":"application/json"},"createTh\
readReply":{"method":"post","path":"/thread/reply","parameters":{},"body":"application/json"},"getThread":{"method":"get\
","path":"/thread/view","parameters":{"channel_id":"query","thread_id":"query"}},"listThreads":{"method":"get","path":"/\
thread/list","parameters":{"channel_id":"query","category_id":"query","sort":"query","page_size":"query","time":"query"}\
},"deleteThread":{"method":"post","path":"/thread/delete","parameters":{},"body":"application/json"},"listThreadPosts":{\
"method":"get","path":"/thread/post","parameters":{"channel_id":"query","post_id":"query","thread_id":"query","time":"qu\
ery","page_size":"query","order":"query","page":"query"}},"listGuilds":{"method":"get","path":"/guild/list","parameters"\
:{"page":"query","page_size":"query","sort":"query"}},"getGuild":{"method":"get","path":"/guild/view","parameters":{"gui\
ld_id":"query"}},"listGuildMembers":{"method":"get","path":"/guild/user-list","parameters":{"guild_id":"query","channel_\
id":"query","search":"query","role_id":"query","mobile_verified":"query","active_time":"query","joined_at":"query","page\
":"query","page_size":"query","filter_user_id":"query"}},"setGuildNickname":{"method":"post","path":"/guild/nickname","p\
arameters":{},"body":"application/json"},"leaveGuild":{"method":"post","path":"/guild/leave","parameters":{},"body":"app\
lication/json"},"kickGuildMember":{"method":"post","path":"/guild/kickout","parameters":{},"body":"application/json"},"l\
istGuildMutes":{"method":"get","path":"/guild-mute/list","parameters":{"guild_id":"query","return_type":"query"}},"creat\
eGuildMute":{"method":"post","path":"/guild-mute/create","parameters":{},"body":"application/json"},"deleteGuildMute":{"\
method":"post","path":"/guild-mute/delete","parameters":{},"body":"application/json"},"listGuildBoosts":{"method":"get",\
"path":"/guild-boost/history","parameters":{"guild_id":"query","start_time":"query","end_time":"query","page":"query","p\
age_size":"query"}},"listChannels":{"method":"get","path":"/channel/list","parameters":{"page":"query","page_size":"quer\
y","guild_id":"query","type":"query","parent_id":"query"}},"getChannel":{"method":"get","path":"/channel/view","paramete\
rs":{"target_id":"query","need_children":"query"}},"createChannel":{"method":"post","path":"/channel/create","parameters\
":{},"body":"application/json"},"updateChannel":{"method":"post","path":"/channel/update","parameters":{},"body":"applic\
ation/json"},"deleteChannel":{"method":"post","path":"/channel/delete","parameters":{},"body":"application/json"},"listV\
oiceChannelUsers":{"method":"get","path":"/channel/user-list","parameters":{"channel_id":"query"}},"moveVoiceChannelUser\
s":{"method":"post","path":"/channel/move-user","parameters":{},"body":"application/json"},"kickVoiceChannelUser":{"meth\
od":"post","path":"/channel/kickout","parameters":{},"body":"application/json"},"getChannelPermissions":{"method":"get",\
"path":"/channel-role/index","parameters":{"channel_id":"query"}},"createChannelPermission":{"method":"post","path":"/ch\
annel-role/create","parameters":{},"body":"application/json"},"updateChannelPermission":{"method":"post","path":"/channe\
l-role/update","parameters":{},"body":"application/json"},"syncChannelPermissions":{"method":"post","path":"/channel-rol\
e/sync","parameters":{},"body":"application/json"},"deleteChannelPermission":{"method":"post","path":"/channel-role/dele\
te","parameters":{},"body":"application/json"},"listJoinedVoiceChannels":{"method":"get","path":"/channel-user/get-joine\
d-channel","parameters":{"page":"query","page_size":"query","guild_id":"query","user_id":"query"}},"listGuildRoles":{"me\
thod":"get","path":"/guild-role/list","parameters":{"guild_id":"query","page":"query","page_size":"query"}},"createGuild\
Role":{"method":"post","path":"/guild-role/create","parameters":{},"body":"application/json"},"updateGuildRole":{"method\
":"post","path":"/guild-role/update","parameters":{},"body":"application/json"},"deleteGuildRole":{"method":"post","path\
":"/guild-role/delete","parameters":{},"body":"application/json"},"grantGuildRole":{"method":"post","path":"/guild-role/\
grant","parameters":{},"body":"application/json"},"revokeGuildRole":{"method":"post","path":"/guild-role/revoke","parame\
ters":{},"body":"application/json"},"listGuildEmojis":{"method":"get","path":"/guild-emoji/list","parameters":{"page":"q\
uery","page_size":"query","guild_id":"query"}},"createGuildEmoji":{"method":"post","path":"/guild-emoji/create","paramet\
ers":{},"body":"multipart/form-data"},"updateGuildEmoji":{"method":"post","path":"/guild-emoji/update","parameters":{},"\
body":"application/json"},"deleteGuildEmoji":{"method":"post","path":"/guild-emoji/delete","parameters":{},"body":"appli\
cation/json"},"listBlacklist":{"method":"get","path":"/blacklist/list","parameters":{"guild_id":"query","page":"query","\
page_size":"query"}},"createBlacklistEntry":{"method":"post","path":"/blacklist/create","parameters":{},"body":"applicat\
ion/json"},"deleteBlacklistEntry":{"method":"post","path":"/blacklist/delete","parameters":{},"body":"application/json"}\
,"getIntimacy":{"method":"get","path":"/intimacy/index","parameters":{"user_id":"query"}},"updateIntimacy":{"method":"po\
st","path":"/intimacy/update","parameters":{},"body":"application/json"},"getGuildBadge":{"method":"get","path":"/badge/\
guild","parameters":{"guild_id":"query","style":"query"},"response":"image/svg+xml"},"listMessages":{"method":"get","pat\
h":"/message/list","parameters":{"target_id":"query","msg_id":"query","pin":"query","flag":"query","page_size":"query"}}\
,"getMessage":{"method":"get","path":"/message/view","parameters":{"msg_id":"query"}},"createMessage":{"method":"post","\
path":"/message/create","parameters":{},"body":"application/json"},"updateMessage":{"method":"post","path":"/message/upd\
ate","parameters":{},"body":"application/json"},"deleteMessage":{"method":"post","path":"/message/delete","parameters":{\
},"body":"application/json"},"listMessageReactionUsers":{"method":"get","path":"/message/reaction-list","parameters":{"m\
sg_id":"query","emoji":"query"}},"addMessageReaction":{"method":"post","path":"/message/add-reaction","parameters":{},"b\
ody":"application/json"},"deleteMessageReaction":{"method":"post","path":"/message/delete-reaction","parameters":{},"bod\
y":"application/json"},"sendPipeMessage":{"method":"post","path":"/message/send-pipemsg","parameters":{"access_token":"q\
uery","type":"query","target_id":"query","quote":"query","temp_target_id":"query"},"body":"application/json","noAuth":tr\
ue,"secrets":["access_token"]},"listDirectMessages":{"method":"get","path":"/direct-message/list","parameters":{"chat_co\
de":"query","target_id":"query","msg_id":"query","flag":"query","page":"query","page_size":"query"}},"getDirectMessage":\
{"method":"get","path":"/direct-message/view","parameters":{"chat_code":"query","msg_id":"query"}},"createDirectMessage"\
:{"method":"post","path":"/direct-message/create","parameters":{},"body":"application/json"},"updateDirectMessage":{"met\
hod":"post","path":"/direct-message/update","parameters":{},"body":"application/json"},"deleteDirectMessage":{"method":"\
post","path":"/direct-message/delete","parameters":{},"body":"application/json"},"listDirectMessageReactionUsers":{"meth\
od":"get","path":"/direct-message/reaction-list","parameters":{"msg_id":"query","emoji":"query"}},"addDirectMessageReact\
ion":{"method":"post","path":"/direct-message/add-reaction","parameters":{},"body":"application/json"},"deleteDirectMess\
ageReaction":{"method":"post","path":"/direct-message/delete-reaction","parameters":{},"body":"application/json"},"listU\
serChats":{"method":"get","path":"/user-chat/list","parameters":{"page":"query","page_size":"query"}},"getUserChat":{"me\
thod":"get","path":"/user-chat/view","parameters":{"chat_code":"query"}},"createUserChat":{"method":"post","path":"/user\
-chat/create","parameters":{},"body":"application/json"},"deleteUserChat":{"method":"post","path":"/user-chat/delete","p\
arameters":{},"body":"application/json"},"createAsset":{"method":"post","path":"/asset/create","parameters":{},"body":"m\
ultipart/form-data"},"joinVoiceChannel":{"method":"post","path":"/voice/join","parameters":{},"body":"application/json"}\
,"listVoiceChannels":{"method":"get","path":"/voice/list","parameters":{"page":"query","page_size":"query"}},"leaveVoice\
Channel":{"method":"post","path":"/voice/leave","parameters":{},"body":"application/json"},"keepVoiceChannelAlive":{"met\
hod":"post","path":"/voice/keep-alive","parameters":{},"body":"application/json"},"listFriends":{"method":"get","path":"\
/friend","parameters":{"type":"query"}},"createFriendRequest":{"method":"post","path":"/friend/request","parameters":{},\
"body":"application/json"},"handleFriendRequest":{"method":"post","path":"/friend/handle-request","parameters":{},"body"\
:"application/json"},"deleteFriend":{"method":"post","path":"/friend/delete","parameters":{},"body":"application/json"},\
"blockUser":{"method":"post","path":"/friend/block","parameters":{},"body":"application/json"},"unblockUser":{"method":"\
post","path":"/friend/unblock","parameters":{},"body":"application/json"},"listGames":{"method":"get","path":"/game","pa\
rameters":{"type":"query","page":"query","page_size":"query"}},"createGame":{"method":"post","path":"/game/create","para\
meters":{},"body":"application/json"},"updateGame":{"method":"post","path":"/game/update","parameters":{},"body":"applic\
ation/json"},"deleteGame":{"method":"post","path":"/game/delete","parameters":{},"body":"application/json"},"createGameA\
ctivity":{"method":"post","path":"/game/activity","parameters":{},"body":"application/json"},"deleteGameActivity":{"meth\
od":"post","path":"/game/delete-activity","parameters":{},"body":"application/json"},"getGateway":{"method":"get","path"\
:"/gateway/index","parameters":{"compress":"query"}},"createOAuth2Token":{"method":"post","path":"/../oauth2/token","par\
ameters":{},"body":"application/json","unwrapped":true,"noAuth":true,"secrets":["client_secret"]}}');function createKookClient(options){
return createKookRuntime(operationTable,{...options,baseUrl:options.baseUrl??defaultBaseUrl})}export{AbortedError,ApiError,BotspecError,InvalidResponseError,KookApiError,NetworkError,TimeoutError,createKookClient,defaultBaseUrl,
operationTable};
