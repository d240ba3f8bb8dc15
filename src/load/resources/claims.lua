-- Claims in one of the suite's shapes, for wrk (ClaimShape.java describes them; WrkRun.java runs this).
-- wrk <options> -s claims.lua URL -- shape prefix bookings-per-thread stop-after header providers-file block
--   shape: hot | random | fresh | capacity (the random order, by providers who may hold one visit each)
--   prefix: the first 8 hex digits of this run's booking ids, which are PREFIX-TTTT-4000-8000-NNNNNNNNNNNN
--           for thread TTTT (hex) and booking NNNN (1-based, decimal digits)
--   stop-after: 0 to run for wrk's duration, or N to end wrk once a thread has sent N (a warm-up, whose
--               bookings wrap around rather than run out)
--   providers-file: one value of the header per line, one line per provider
--   block: bookings in each block of the random shape
-- Each thread claims its own bookings, so threads never meet on one. Answers are counted by status, and
-- 409s also by the problem type in their body (the last part of its "type").

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  shape, prefix, per_thread, stop_after = args[1], args[2], tonumber(args[3]), tonumber(args[4])
  header, block = args[5], tonumber(args[7])
  providers = {}
  for line in io.lines(args[6]) do
    providers[#providers + 1] = line
  end
  -- wrk builds one request of its first thread to check the script, and never sends it: number that one -1.
  sent, exhausted, statuses, refusals = id == 0 and -1 or 0, 0, {}, {}
  math.randomseed(os.time() + id)
end

-- The random shape: within a block, every provider claims every booking, all pairs in one random order.
local order, order_block = {}, nil

local function shuffled(b)
  if b ~= order_block then
    local count = block * #providers
    for i = 1, count do order[i] = i - 1 end
    for i = count, 2, -1 do
      local j = math.random(i)
      order[i], order[j] = order[j], order[i]
    end
    order_block = b
  end
end

-- The n-th request of this thread (from 0): which booking, and which provider (both from 1); the capacity
-- shape claims in the random order.
local function pick(n)
  local p = #providers
  if shape == "hot" then
    return math.floor(n / p) + 1, n % p + 1
  elseif shape == "fresh" then
    return n + 1, n % p + 1
  end
  local b = math.floor(n / (block * p))
  shuffled(b)
  local pair = order[n % (block * p) + 1]
  return b * block + math.floor(pair / p) + 1, pair % p + 1
end

function request()
  local booking, provider = pick(sent)
  sent = sent + 1
  if booking > per_thread then
    if stop_after > 0 then
      booking = (booking - 1) % per_thread + 1
    else
      exhausted = 1
      wrk.thread:stop()
      booking = per_thread
    end
  end
  local path = string.format("/api/jobs/%s-%04x-4000-8000-%012d/claim", prefix, id, booking)
  return wrk.format("POST", path, { [header] = providers[provider] })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 409 then
    local kind = body and body:match('"type"%s*:%s*"[^"]-([^"/]+)"') or "none"
    refusals[kind] = (refusals[kind] or 0) + 1
  end
  if stop_after > 0 and sent >= stop_after then
    os.exit(0)
  end
end

local function counts(counted)
  local listed = {}
  for key, count in pairs(counted) do
    listed[#listed + 1] = key .. ":" .. count
  end
  return table.concat(listed, ",")
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("claims: requests=%d microseconds=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout))
  io.write(string.format("claims: latency p50=%d p95=%d p99=%d max=%d\n", latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.max))
  for _, thread in ipairs(threads) do
    io.write(string.format("claims: thread=%d sent=%d exhausted=%d statuses=%s refusals=%s\n", thread:get("id"),
      thread:get("sent"), thread:get("exhausted"), counts(thread:get("statuses")), counts(thread:get("refusals"))))
  end
end
