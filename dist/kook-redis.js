import{createHash,randomUUID}from"node:crypto";function headerNumber(text){if(text===null||text.length===0||text===".")return NaN;if(text.length>15)return/^(\d+\.?\d*|\.\d+)$/.
test(text)?Number(text):NaN;let value=0,scale=0;for(let i=0;i<text.length;i++){let code=text.charCodeAt(i);if(code>=48&&
code<=57)value=value*10+(code-48),scale*=10;else if(code===46&&scale===0)scale=1;else return NaN}return scale===0?value:
value/scale}var DEFAULT_MAX_RESPONSE_BYTES=16*1024*1024;var LONGEST_SERVER_WAIT_MS=10*6e4;function secondsHeader(name){return response=>{let ms=headerNumber(response.headers.get(name))*1e3;return ms>=0&&ms<=LONGEST_SERVER_WAIT_MS?
ms:void 0}}var retryAfterHeader=secondsHeader("Retry-After");var START=String.raw`(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\[bfnrt]|&#[0-9]+;|&#[xX][0-9A-Fa-f]+;)`;function checkNumber(factory,name,value,min,max,integer){if(value!==void 0&&!(typeof value=="number"&&value>=min&&value<=
max&&(!integer||Number.isInteger(value))))throw new RangeError(`${factory}: ${name} must be ${integer?"an integer":"a nu\
mber"} from ${min} to ${max}, not ${String(value)}`)}var LIMIT="x-rate-limit-limit",REMAINING="x-rate-limit-remaining",RESET="x-rate-limit-reset";var resetDelay=secondsHeader(RESET);var MOST_CALLS_PER_WINDOW=1e5;function readLimits(headers,knownLimit){let remaining=headerNumber(headers.get(REMAINING));
if(!(remaining>=0&&remaining<=MOST_CALLS_PER_WINDOW&&Number.isInteger(remaining)))return;let reset=headers.get(RESET),resetMs=headerNumber(
reset)*1e3;if(!(resetMs>=0&&resetMs<=LONGEST_SERVER_WAIT_MS))return;let limit=knownLimit;if(limit===void 0||remaining>limit){
let text=headers.get(LIMIT);if(limit=text===null?void 0:headerNumber(text),limit!==void 0&&!(limit>=1&&limit<=MOST_CALLS_PER_WINDOW&&
Number.isInteger(limit)&&remaining<=limit))return}let point=reset.indexOf("."),resolutionMs=point<0?1e3:1e3/10**Math.min(
3,reset.length-point-1);return{limit,remaining,resetMs,resolutionMs}}var BUCKET="x-rate-limit-bucket",GLOBAL="x-rate-limit-global";function createSharedRateLimit(store,createLocal,options){
let{timeoutMs,retryMs,onEvent}=options,lines=new Map,local,retryAt=0,sharing=1;function fallBack(error){if(retryAt=performance.
now()+retryMs,!local){local=createLocal(1/sharing),onEvent?.({type:"fallback",error}),watchForReturn();for(let[route,line]of lines)
clearTimeout(line.timer),line.timer=void 0,drain(route,line)}}function shared(){return local===void 0?store.ready?!0:(fallBack(
store.lastError??new Error("The rate-limit store is not connected")),!1):!store.ready||performance.now()<retryAt?!1:(local=
void 0,onEvent?.({type:"recovered"}),!0)}function watchForReturn(){setTimeout(()=>{if(local!==void 0){if(!shared())return watchForReturn();
for(let[route,line]of lines)drain(route,line)}},retryMs).unref?.()}async function drainLocally(route,line){if(line.asking)
return;let gate=local;line.asking=!0;for(let waiter of line.waiters){if(local!==gate)break;line.waiters.delete(waiter),waiter.
request.signal?.removeEventListener("abort",waiter.onAbort);try{let pass=gate.enter(waiter.request);waiter.resolve({gate,
pass:pass instanceof Promise?await pass:pass})}catch(error){waiter.reject(error)}}if(line.asking=!1,line.waiters.size>0)
return drain(route,line);lines.get(route)===line&&lines.delete(route)}function settle(route,window,probe,outcome,count){
within(store.book(route,window,probe,outcome,count),timeoutMs).then(endsIn=>wake(route,probe?0:endsIn),fallBack)}function wake(route,inMs){
let line=lines.get(route);if(!(line?.timer===void 0||inMs===void 0||performance.now()+inMs>=line.wakeAt)){if(clearTimeout(
line.timer),line.timer=void 0,inMs===0)return void drain(route,line);sleepLine(route,line,inMs)}}function sleepLine(route,line,ms){
line.wakeAt=performance.now()+ms,line.timer=setTimeout(()=>{line.timer=void 0,drain(route,line)},ms)}async function drain(route,line){
if(line.asking||line.timer!==void 0||line.waiters.size===0)return;if(!shared())return drainLocally(route,line);line.asking=
!0;let grant,asking=store.acquire(route,line.waiters.size);try{grant=await within(asking,timeoutMs)}catch(error){return line.
asking=!1,asking.then(late=>late.granted>0&&settle(route,late.window,late.probe,"unsent",late.granted),()=>{}),fallBack(
error),drain(route,line)}line.asking=!1,sharing=grant.sharing;let left=grant.granted;for(let waiter of line.waiters){if(left===
0)break;left--,line.waiters.delete(waiter),waiter.request.signal?.removeEventListener("abort",waiter.onAbort),waiter.resolve(
{route,window:grant.window,probe:grant.probe})}if(left>0&&settle(route,grant.window,grant.probe,"unsent",left),line.waiters.
size===0){lines.get(route)===line&&lines.delete(route);return}if(grant.granted>0)return drain(route,line);sleepLine(route,
line,grant.waitMs)}return{enter(request){let query=request.url.indexOf("?"),route=query<0?request.url:request.url.slice(
0,query),line=lines.get(route);line||lines.set(route,line={waiters:new Set,asking:!1,timer:void 0,wakeAt:0});let waiting=line;
return new Promise((resolve,reject)=>{let signal=request.signal;if(signal?.aborted)return reject(signal.reason);let waiter={
request,resolve,reject,onAbort(){waiting.waiters.delete(waiter),waiting.waiters.size===0&&(clearTimeout(waiting.timer),waiting.
timer=void 0),reject(signal.reason)}};signal?.addEventListener("abort",waiter.onAbort,{once:!0}),waiting.waiters.add(waiter),
drain(route,waiting)})},leave(pass,response,sent){if("gate"in pass)return pass.gate.leave(pass.pass,response,sent);let{route,
window,probe}=pass;if(!response)return settle(route,window,probe,sent?"lost":"unsent",1);settle(route,window,probe,{answer:booking(
response)},1),response.status===429&&response.headers.has(GLOBAL)&&within(store.hold(resetDelay(response)??1e3),timeoutMs).
catch(fallBack)}}}function booking(response){let{headers}=response,exhausted=response.status===429&&!headers.has(GLOBAL);
return{receivedAt:performance.now(),bucket:headers.get(BUCKET)??void 0,limits:readLimits(headers,void 0),exhausted,holdMs:exhausted?
retryAfterHeader(response):void 0}}function within(promise,ms){let timer,check,late=new Promise((_,reject)=>{timer=setTimeout(
()=>{check=setImmediate(()=>reject(new Error(`The rate-limit store did not answer within ${ms} ms`)))},ms)});return Promise.
race([promise,late]).finally(()=>{clearTimeout(timer),clearImmediate(check)})}var MALFORMED="Redis answered a rate-limit script with something else than the script returns";function isGrant(reply,want){
if(!(Array.isArray(reply)&&reply.length===5&&reply.every(Number.isSafeInteger)))return!1;let[granted,,waitMs,,sharing]=reply;
return granted>=0&&granted<=want&&waitMs>=0&&waitMs<=LONGEST_SERVER_WAIT_MS&&sharing>=1}function script(source){return{source,
sha:createHash("sha1").update(source).digest("hex")}}var PRELUDE=`
local prefix, route, pid = ARGV[1], ARGV[2], ARGV[3]
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local function put(key, field, value)
  if value == nil then redis.call('HDEL', key, field) else redis.call('HSET', key, field, value) end
end
local function keys(name)
  if #name > 200 then name = redis.sha1hex(name) end
  return prefix .. 'b:' .. name, prefix .. 'p:' .. name, prefix .. 's:' .. name
end
local function load(b)
  local f = redis.call('HMGET', b, 'limit', 'remaining', 'end', 'late', 'span', 'res', 'window', 'opened', 'probe', 'ope\
ners')
  local span = tonumber(f[5]) or 0
  if not (span >= 0 and span <= ${LONGEST_SERVER_WAIT_MS}) then span = 0 end
  -- An instant later than the longest wait a server may ask for was not written by this clock as it runs now (Redis's
  -- clock stepped back) or not by these scripts: it is unknown, or a bucket would hold its calls until then.
  local latest = now + ${LONGEST_SERVER_WAIT_MS} + span
  local function instant(v)
    v = tonumber(v)
    if v and v <= latest then return v end
    return nil
  end
  return {limit = tonumber(f[1]), remaining = tonumber(f[2]), e = instant(f[3]), late = instant(f[4]),
    span = span, res = tonumber(f[6]) or 1000, window = tonumber(f[7]) or 0,
    opened = math.min(instant(f[8]) or 0, now), probe = instant(f[9]) or 0, openers = tonumber(f[10]) or 0}
end
local function save(b, p, s, st)
  put(b, 'limit', st.limit); put(b, 'remaining', st.remaining); put(b, 'end', st.e); put(b, 'late', st.late)
  redis.call('HSET', b, 'span', st.span, 'res', st.res, 'window', st.window, 'opened', st.opened, 'probe', st.probe, 'op\
eners', st.openers)
  local ttl = math.max(60000, 10 * st.span)
  redis.call('PEXPIRE', b, ttl); redis.call('PEXPIRE', p, ttl); redis.call('PEXPIRE', s, ttl)
end
-- How long a window whose end no answer told lasts, and an unanswered probe holds the line: about a window.
local function fallback(st)
  if st.span > 0 then return st.span end
  return 1000
end
local function resetAt(st)
  if st.e then return math.max(st.e, st.late or st.e) end
  if st.late then return st.late end
  if st.remaining then return st.opened + fallback(st) end
  return nil
end
`,ACQUIRE=script(`${PRELUDE}
local want = tonumber(ARGV[4])
local hold = tonumber(redis.call('GET', prefix .. 'hold') or '0')
if hold > now then return {0, 0, hold - now, 0, 1} end
local b, p, s = keys(redis.call('HGET', prefix .. 'routes', route) or route)
local st = load(b)
local live = math.max(2 * fallback(st), 2000)
for _, q in ipairs(redis.call('ZRANGEBYSCORE', s, '-inf', now - live)) do
  redis.call('HDEL', p, q .. ':w', q .. ':g', q .. ':i')
end
redis.call('ZREMRANGEBYSCORE', s, '-inf', now - live)
local pids = redis.call('ZRANGE', s, 0, -1, 'WITHSCORES')
redis.call('ZADD', s, now, pid)
local due = resetAt(st)
if due and due <= now then
  -- Calls of the window that ended still in flight may reach the server in the new one (it opens with the first call
  -- that arrives), so they count against it, once: a call cannot arrive two windows late.
  local carry = 0
  for i = 1, #pids, 2 do
    local q = pids[i]
    carry = carry + (tonumber(redis.call('HGET', p, q .. ':i')) or 0)
    redis.call('HDEL', p, q .. ':g', q .. ':i')
  end
  if st.limit then st.remaining = math.max(0, st.limit - carry) else st.remaining = nil end
  st.e, st.late, st.openers = nil, nil, 0
  st.window, st.opened = st.window + 1, now
end
local grace = st.opened + math.max(25, fallback(st) / 4)
local granted, probing, wait = 0, 0, 0
if st.remaining == nil then
  if st.probe > now then
    -- Another call is finding out the bucket's limits: look again soon.
    wait = math.min(st.probe - now, 25)
  else
    st.probe = now + fallback(st)
    granted, probing = 1, 1
  end
elseif st.remaining > 0 then
  local wanting, reservedByOthers = 1, 0
  local others = {}
  for i = 1, #pids, 2 do
    local q = pids[i]
    if q ~= pid and (tonumber(pids[i + 1]) >= st.opened or now < grace) then
      local v = redis.call('HMGET', p, q .. ':w', q .. ':g')
      local w, g = tonumber(v[1]) or 0, tonumber(v[2]) or 0
      if w > 0 then
        wanting = wanting + 1
        others[#others + 1] = {w, g}
      end
    end
  end
  local share = math.ceil((st.limit or st.remaining) / wanting)
  for _, o in ipairs(others) do reservedByOthers = reservedByOthers + math.min(o[1], math.max(0, share - o[2])) end
  local mine = math.max(0, share - (tonumber(redis.call('HGET', p, pid .. ':g')) or 0))
  granted = math.min(want, st.remaining, math.max(mine, st.remaining - reservedByOthers))
  st.remaining = st.remaining - granted
end
if granted == 0 and wait == 0 then
  if st.remaining and st.remaining > 0 and now < grace then
    -- What is left is others' share: until their claim lapses.
    wait = grace - now
  else
    -- Until the window ends (told, or a fallback after it opened); while its state is unknown, until an answer. Answers\

    -- may yet tell an earlier end (the first may say whole seconds): never longer than a quarter window without a look.\

    due = resetAt(st)
    wait = math.min(due and math.max(1, due - now) or 25, math.max(25, fallback(st) / 4))
  end
end
redis.call('HSET', p, pid .. ':w', want - granted)
if granted > 0 then
  redis.call('HINCRBY', p, pid .. ':g', granted)
  redis.call('HINCRBY', p, pid .. ':i', granted)
end
save(b, p, s, st)
local sharing = 1
for i = 1, #pids, 2 do
  if pids[i] ~= pid then sharing = sharing + 1 end
end
return {granted, st.window, wait, probing, sharing}
`),BOOK=script(`${PRELUDE}
local w, wasProbe, how, count = tonumber(ARGV[4]), ARGV[5] == '1', ARGV[6], tonumber(ARGV[7])
local named, told, toldLimit, reset, res = ARGV[8], tonumber(ARGV[9]), tonumber(ARGV[10]), tonumber(ARGV[11]), tonumber(\
ARGV[12])
local exhausted = ARGV[13] == '1'
-- When the answer came, by Redis's clock: its age is a duration measured where it came.
local heard = now - tonumber(ARGV[15])
local routes = prefix .. 'routes'
local name = redis.call('HGET', routes, route)
local moved = false
if named ~= '' and named ~= name then
  redis.call('HSET', routes, route, named)
  redis.call('PEXPIRE', routes, 86400000)
  if not name then
    -- The route turns out to share a named bucket: its state becomes that bucket's, unless the bucket has one.
    local from, to = {keys(route)}, {keys(named)}
    if from[1] ~= to[1] then
      local fresh = redis.call('EXISTS', to[1]) == 0
      for i = 1, 3 do
        if fresh and redis.call('EXISTS', from[i]) == 1 then redis.call('RENAME', from[i], to[i]) else redis.call('DEL',\
 from[i]) end
      end
      moved = not fresh
    end
  else
    -- The server moved the route to another bucket: the old one's state stays with the routes still in it.
    moved = true
  end
  name = named
end
local b, p, s = keys(name or route)
local st = load(b)
redis.call('ZADD', s, now, pid)
local current = w == st.window and not moved
if current and tonumber(redis.call('HINCRBY', p, pid .. ':i', -count)) < 0 then redis.call('HSET', p, pid .. ':i', 0) en\
d
if wasProbe and not moved then st.probe = 0 end
if how == 'unsent' then
  if current and not wasProbe and st.remaining then
    st.remaining = math.min(st.remaining + count, st.limit or (st.remaining + count))
  end
elseif how == 'answer' then
  if told then
    if toldLimit then st.limit = toldLimit end
    if res < st.res then
      -- Reset is more precise than was allowed for: the ends kept so far allowed for a coarser one.
      local finer = st.res - res
      if st.e then st.e = st.e - finer end
      if st.late then st.late = st.late - finer end
      st.span, st.res = math.max(0, st.span - finer), res
    end
    local r = reset + st.res
    if r > st.span then st.span = r end
    local told_end, half = heard + r, st.span / 2
    -- An answer with one call fewer than the limit left is its server window's first: two of them (the answer that
    -- told the window's state first, or answers to its calls) are two server windows.
    if (current or st.remaining == nil) and st.limit and told == st.limit - 1 then st.openers = math.min(2, st.openers +\
 1) end
    if st.remaining == nil then
      -- Calls still in flight (a second probe, sent when this answer was late) may not be counted in it yet.
      local flying = 0
      for _, q in ipairs(redis.call('ZRANGE', s, 0, -1)) do flying = flying + (tonumber(redis.call('HGET', p, q .. ':i')\
) or 0) end
      st.remaining, st.e, st.opened = math.max(0, told - flying), told_end, now
    else
      -- Answers arrive in any order: the lowest count is the one the server reached.
      st.remaining = math.min(st.remaining, told)
      if not current then st.late = math.max(st.late or told_end, told_end)
      elseif st.openers == 2 then st.e = math.max(st.e or told_end, told_end)
      elseif st.e == nil or told_end - st.e > half then st.e = told_end
      elseif st.e - told_end < half then st.e = math.min(st.e, told_end) end
    end
  elseif exhausted then
    -- A 429 says the bucket is empty now, even when its headers cannot be trusted: wait a fallback window, or as long
    -- as a gateway's Retry-After asked.
    st.remaining = 0
    local hold = tonumber(ARGV[14])
    if hold then st.e = heard + hold else st.e = math.max(st.e or 0, heard + fallback(st)) end
  end
end
save(b, p, s, st)
local due = resetAt(st)
if due then return math.max(0, due - now) end
return -1
`),HOLD=script(`${PRELUDE}
local ms = tonumber(ARGV[4])
local key = prefix .. 'hold'
if ms > 0 and now + ms > tonumber(redis.call('GET', key) or '0') then redis.call('SET', key, now + ms, 'PX', ms) end
return 0
`),RedisLimits=class{constructor(client,prefix,errors){this.client=client;this.prefix=prefix;this.errors=errors}client;prefix;errors;pid=randomUUID();get ready(){
return this.client.isReady}get lastError(){return this.errors.last}async acquire(route,want){let asked=performance.now(),
reply=await this.run(ACQUIRE,route,String(want));if(!isGrant(reply,want))throw new Error(MALFORMED);let[granted,window,waitMs,
probe,sharing]=reply;return{granted,window,waitMs:Math.max(0,waitMs-(performance.now()-asked)),probe:probe===1,sharing}}async book(route,window,probe,outcome,count){
let how=typeof outcome=="string"?outcome:"answer",answer=typeof outcome=="string"?void 0:outcome.answer,text=value=>value===
void 0?"":String(value),booked=performance.now(),endsIn=await this.run(BOOK,route,String(window),probe?"1":"0",how,String(
count),text(answer?.bucket),text(answer?.limits?.remaining),text(answer?.limits?.limit),text(answer?.limits?.resetMs),text(
answer?.limits?.resolutionMs),answer?.exhausted?"1":"0",text(answer?.holdMs),()=>String(answer?Math.max(0,performance.now()-
answer.receivedAt):0));if(!Number.isSafeInteger(endsIn)||endsIn>LONGEST_SERVER_WAIT_MS)throw new Error(MALFORMED);return endsIn<
0?void 0:Math.max(0,endsIn-(performance.now()-booked))}async hold(ms){await this.run(HOLD,"",String(Math.ceil(ms)))}async run({
source,sha},route,...rest){if(!this.client.isReady)throw new Error("Redis is not connected");let args=["0",await this.prefix,
route,this.pid,...rest.map(arg=>typeof arg=="string"?arg:arg())];try{return await this.client.sendCommand(["EVALSHA",sha,
...args])}catch(error){if(!(error instanceof Error&&error.message.startsWith("NOSCRIPT")))throw error;return this.client.
sendCommand(["EVAL",source,...args])}}},clientErrors=new WeakMap;function errorsOf(client){let errors=clientErrors.get(client);
if(!errors){let record={last:void 0};client.on("error",error=>record.last=error),clientErrors.set(client,errors=record)}
return errors}function redisStore(client,options={}){let{prefix="botspec:kook",timeoutMs=2e3,retryMs=1e3,onEvent}=options;
if(checkNumber("redisStore","timeoutMs",timeoutMs,1,2147483647,!1),checkNumber("redisStore","retryMs",retryMs,1,2147483647,
!1),typeof prefix!="string"||prefix==="")throw new TypeError("redisStore: prefix must be a non-empty string");if(onEvent!==
void 0&&typeof onEvent!="function")throw new TypeError("redisStore: onEvent must be a function");if(typeof client?.sendCommand!=
"function")throw new TypeError("redisStore: the client must be a connected node-redis client");let errors=errorsOf(client);
return{limiter(scope,createLocal){let limits=new RedisLimits(client,scope.then(hash=>`${prefix}:{${hash}}:`),errors);return createSharedRateLimit(
limits,createLocal,{timeoutMs,retryMs,onEvent})}}}export{redisStore};
