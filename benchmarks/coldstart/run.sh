#!/usr/bin/env bash
# Cold start of the three builds of the service, measured in one run on this machine:
#   framework-dependent JIT, ReadyToRun, and Native AOT.
# Each build is started RUNS times (default 5), interleaved (JIT, R2R, AOT, JIT, ...), from the repository root as a
# service manager would. For each start it records: the first 200 from /health (ms from exec; the port is polled every
# 2 ms with bash builtins only, so the poller spawns no process that would take CPU from the starting service), the
# first POST /v1/compliance answer (ms, curl's total time), the second answer (ms), resident memory after both (MB,
# VmRSS), and the size on disk of what the container ships (MB: the publish folder without symbols and XML docs).
# Prints the medians as a Markdown table.
#   bash benchmarks/coldstart/run.sh [runs]
set -euo pipefail
runs=${1:-5}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/artifacts/coldstart"
body="$root/tests/aot-smoke/bodies/compliance-lewisham-2024-25-compliant.json"
port=5301
rm -rf "$out" && mkdir -p "$out"

echo "publishing the three builds..." >&2
dotnet publish "$root/src/Lscp.Http" -c Release -o "$out/jit" > "$out/jit.log" 2>&1
dotnet publish "$root/src/Lscp.Http" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" > "$out/r2r.log" 2>&1
dotnet publish "$root/src/Lscp.Http" -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" > "$out/aot.log" 2>&1

command_of() {
  case $1 in
    jit) echo "dotnet $out/jit/Lscp.Http.dll" ;;
    r2r) echo "dotnet $out/r2r/Lscp.Http.dll" ;;
    aot) echo "$out/aot/Lscp.Http" ;;
  esac
}

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

exec {pause}<> <(:)   # a pipe nobody writes to: `read -t` on it waits without starting a process
wait_for_port() {
  until { exec {probe}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; do read -rt 0.002 -u "$pause" || true; done
  exec {probe}>&-
}

one_start() { # build -> "first200 firstAnswer secondAnswer rssMB"
  local build=$1 start pid first200 a1 a2 rss
  cd "$root"
  start=$(date +%s%N)
  $(command_of "$build") --urls "http://127.0.0.1:$port" > "$out/$build.run.log" 2>&1 &
  pid=$!
  wait_for_port
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; do read -rt 0.002 -u "$pause" || true; done
  first200=$(ms_since "$start")
  a1=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' --data-binary "@$body" "http://127.0.0.1:$port/v1/compliance")
  a2=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' --data-binary "@$body" "http://127.0.0.1:$port/v1/compliance")
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v f="$first200" -v a="$a1" -v b="$a2" -v r="$rss" 'BEGIN { printf "%d %.1f %.1f %d\n", f, a * 1000, b * 1000, r }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for i in $(seq 1 "$runs"); do
  for build in jit r2r aot; do
    one_start "$build" >> "$out/$build.samples"
  done
  echo "run $i of $runs done" >&2
done

size_mb() { find "$1" -type f ! -name '*.pdb' ! -name '*.dbg' ! -name '*.xml' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }'; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg); $(dotnet --version) SDK; medians of $runs interleaved starts"
echo
echo "| build | first 200 from /health | first POST /v1/compliance | second answer | resident after | size on disk |"
echo "|---|---:|---:|---:|---:|---:|"
for build in jit r2r aot; do
  f=$(cut -d' ' -f1 "$out/$build.samples" | median)
  a=$(cut -d' ' -f2 "$out/$build.samples" | median)
  b=$(cut -d' ' -f3 "$out/$build.samples" | median)
  r=$(cut -d' ' -f4 "$out/$build.samples" | median)
  label=$(case $build in jit) echo "framework-dependent JIT";; r2r) echo "ReadyToRun";; aot) echo "Native AOT";; esac)
  echo "| $label | $f ms | $a ms | $b ms | $r MB | $(size_mb "$out/$build") MB |"
done
