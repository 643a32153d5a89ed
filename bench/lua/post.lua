-- POST with a new handle per request: <RUN>t<thread>-<n>. Each thread's count goes to $BENCH_OUT for the check.
dofile(os.getenv("LUA_DIR") .. "/common.lua")
local run = os.getenv("RUN")
sent, created = 0, 0

function request()
  sent = sent + 1
  local name = run .. "t" .. tid .. "-" .. sent
  return wrk.format("POST", "/scim/v2/Users", nil,
    '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name .. '","displayName":"Bench ' .. sent ..
    '","externalId":"' .. name .. '@example.com","emails":[{"value":"' .. name .. '@example.com","primary":true}]}')
end

function response(status, headers, body)
  if status == 201 then created = created + 1 end
end

function after_done()
  local f = io.open(os.getenv("BENCH_OUT"), "w")
  for _, thread in ipairs(threads) do
    f:write(string.format("%d %d %d\n", thread:get("tid"), thread:get("sent"), thread:get("created")))
  end
  f:close()
end
