-- wrk script for scripts/load_serve.sh: POST /route with the bodies in $MINYI_BODIES (one JSON
-- object without its closing brace per line), each given a unique id.
local bodies = {}
local counter = 0
local thread_tag = ""

function setup(thread)
   counter = counter + 1
   thread:set("thread_tag", "w" .. counter)
end

function init(args)
   for line in io.lines(os.getenv("MINYI_BODIES")) do bodies[#bodies + 1] = line end
end

function request()
   counter = counter + 1
   local body = bodies[(counter % #bodies) + 1] .. ',"id":"load-' .. thread_tag .. '-' .. counter .. '"}'
   return wrk.format("POST", "/route", {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
   io.write(string.format("requests %d, errors %d (non-2xx %d), %.1f requests/s\n",
      summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.errors.status, summary.requests / (summary.duration / 1e6)))
   for _, p in ipairs({50, 90, 99, 99.9}) do
      io.write(string.format("latency p%s %.2f ms\n", p, latency:percentile(p) / 1000))
   end
   io.write(string.format("latency max %.2f ms\n", latency.max / 1000))
end
