import{default as default2}from"openapi-fetch";export{default2 as createClient};
