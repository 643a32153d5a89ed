dofile(os.getenv("LUA_DIR") .. "/common.lua")
wrk.method = "PATCH"
wrk.path = "/scim/v2/Users/" .. os.getenv("USER_ID")
wrk.body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"displayName","value":"Bench Patch"}]}'
