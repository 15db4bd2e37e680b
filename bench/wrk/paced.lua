-- wrk has no fixed-rate mode: this script paces it. After each answer a connection waits a random time that averages
-- connections/rate seconds, so all connections together ask about WRK_RATE requests per second (a little less, by the
-- time the answers take; the bench scenario measures the rate reached and raises the target until it is met).
-- done() prints one machine-readable line for the scenario to parse.
local rate = tonumber(os.getenv("WRK_RATE") or "1000")
local connections = tonumber(os.getenv("WRK_CONNECTIONS") or "64")
local mean_ms = connections * 1000 / rate

function delay()
  return math.random(0, math.floor(2 * mean_ms))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, e.status, e.connect + e.read + e.write + e.timeout))
end
