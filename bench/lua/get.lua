dofile(os.getenv("LUA_DIR") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/scim/v2/Users/" .. os.getenv("USER_ID")
