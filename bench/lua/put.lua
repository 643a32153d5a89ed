dofile(os.getenv("LUA_DIR") .. "/common.lua")
local name = os.getenv("USER_NAME")
wrk.method = "PUT"
wrk.path = "/scim/v2/Users/" .. os.getenv("USER_ID")
wrk.body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name ..
  '","displayName":"Bench Put","externalId":"' .. name .. '@example.com","emails":[{"value":"' .. name .. '@example.com","primary":true}]}'
