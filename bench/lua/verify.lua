-- After the POST run: looks up every handle post.lua sent (thread i checks thread i's handles) with a filter and
-- counts how many users each one matches. Every 201 must be a user found exactly once; none may exist twice.
dofile(os.getenv("LUA_DIR") .. "/common.lua")
local run = os.getenv("RUN")
local counts = {}
for line in io.lines(os.getenv("BENCH_OUT")) do
  local t, s = line:match("(%d+) (%d+)")
  counts[tonumber(t)] = tonumber(s)
end

next_n, checked, once, twice, missing = 0, 0, 0, 0, 0

function request()
  next_n = next_n + 1
  return wrk.format("GET", "/scim/v2/Users?filter=userName%20eq%20%22" .. run .. "t" .. tid .. "-" .. next_n .. "%22")
end

function response(status, headers, body)
  checked = checked + 1
  local total = tonumber(body:match('"totalResults"%s*:%s*(%d+)') or "-1")
  if total == 1 then once = once + 1 elseif total == 0 then missing = missing + 1 else twice = twice + 1 end
  if checked >= counts[tid] then wrk.thread:stop() end
end

function after_done()
  local c, o, t, m = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("checked"); o = o + thread:get("once"); t = t + thread:get("twice"); m = m + thread:get("missing")
  end
  io.write(string.format("VERIFY checked=%d once=%d more_than_once=%d missing=%d\n", c, o, t, m))
end
