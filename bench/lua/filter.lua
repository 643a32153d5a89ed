dofile(os.getenv("LUA_DIR") .. "/common.lua")
wrk.method = "GET"
wrk.path = "/scim/v2/Users?filter=userName%20eq%20%22" .. os.getenv("USER_NAME") .. "%22"
