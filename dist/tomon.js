import{AbortedError,ApiError,BotspecError,InvalidResponseError,NetworkError,TimeoutError,apiError,bindOperations,checkOptions,
createCore,createRedactor}from"./chunks/chunk-572S63IF.js";var TomonApiError=class extends ApiError{name="TomonApiError"};function createTomonRuntime(table,options){let{token,...common}=options,retry=checkOptions("createTomonClient","token","\
header",options),core=createCore({...common,retry,headers:{Authorization:`Bearer ${token}`},redactor:createRedactor(()=>[
token]),result(answer){if(answer.response.ok)return answer.body;let{code,message}=answer.body??{};throw apiError(TomonApiError,
answer,typeof code=="number"||typeof code=="string"?code:void 0,message)}});return bindOperations(table,core.invoke,core.
raw,{})}var defaultBaseUrl="https://beta.tomon.co/api/v1",operationTable={listChannelInvites:{method:"get",path:"/channels/{chan\
nelId}/invites",parameters:{channelId:"path"}},createChannelInvite:{method:"post",path:"/channels/{channelId}/invites",parameters:{
channelId:"path"},body:"application/json",optionalBody:!0},getInvite:{method:"get",path:"/invites/{inviteCode}",parameters:{
inviteCode:"path"}},acceptInvite:{method:"post",path:"/invites/{inviteCode}",parameters:{inviteCode:"path"}},deleteInvite:{
method:"delete",path:"/invites/{inviteCode}",parameters:{inviteCode:"path"},noContent:!0}};function createTomonClient(options){
return createTomonRuntime(operationTable,{...options,baseUrl:options.baseUrl??defaultBaseUrl})}export{AbortedError,ApiError,BotspecError,InvalidResponseError,NetworkError,TimeoutError,TomonApiError,createTomonClient,
defaultBaseUrl,operationTable};
