#!/usr/bin/env bash
# Cold start of the three builds of the service, measured in one run on this machine:
#   framework-dependent JIT, ReadyToRun, and Native AOT;
# and of the floor (Floor/): the smallest slim-builder Native AOT app, one GET /health route, which shows what any AOT
# ASP.NET Core service costs, so the AOT service is reported as a ratio of it (issue 31: at most 1.25x its first 200 and
# 1.5x its resident memory). The floor answers no POST, so its answer columns are blank; every build's memory is read
# at its first 200 as well as after the answers, so the AOT service and the floor compare like with like.
# Each build is started RUNS times (default 5), interleaved (JIT, R2R, AOT, floor, JIT, ...), from the repository root as a
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

echo "publishing the three builds and the floor..." >&2
dotnet publish "$root/src/Lscp.Http" -c Release -o "$out/jit" > "$out/jit.log" 2>&1
dotnet publish "$root/src/Lscp.Http" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/r2r" > "$out/r2r.log" 2>&1
dotnet publish "$root/src/Lscp.Http" -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" > "$out/aot.log" 2>&1
dotnet publish "$here/Floor" -c Release -r linux-x64 -o "$out/floor" > "$out/floor.log" 2>&1

command_of() {
  case $1 in
    jit) echo "dotnet $out/jit/Lscp.Http.dll" ;;
    r2r) echo "dotnet $out/r2r/Lscp.Http.dll" ;;
    aot) echo "$out/aot/Lscp.Http" ;;
    floor) echo "$out/floor/Floor" ;;
  esac
}

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

exec {pause}<> <(:)   # a pipe nobody writes to: `read -t` on it waits without starting a process
wait_for_port() {
  until { exec {probe}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; do read -rt 0.002 -u "$pause" || true; done
  exec {probe}>&-
}

one_start() { # build -> "first200 firstAnswer secondAnswer rssMB rssAtFirst200MB"
  local build=$1 start pid first200 a1 a2 rss rss0
  cd "$root"
  start=$(date +%s%N)
  $(command_of "$build") --urls "http://127.0.0.1:$port" > "$out/$build.run.log" 2>&1 &
  pid=$!
  wait_for_port
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; do read -rt 0.002 -u "$pause" || true; done
  first200=$(ms_since "$start")
  rss0=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  if [[ $build == floor ]]; then
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$first200 0 0 $rss0 $rss0"
    return
  fi
  a1=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' --data-binary "@$body" "http://127.0.0.1:$port/v1/compliance")
  a2=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' --data-binary "@$body" "http://127.0.0.1:$port/v1/compliance")
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v f="$first200" -v a="$a1" -v b="$a2" -v r="$rss" -v r0="$rss0" 'BEGIN { printf "%d %.1f %.1f %d %d\n", f, a * 1000, b * 1000, r, r0 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for i in $(seq 1 "$runs"); do
  for build in jit r2r aot floor; do
    one_start "$build" >> "$out/$build.samples"
  done
  echo "run $i of $runs done" >&2
done

size_mb() { find "$1" -type f ! -name '*.pdb' ! -name '*.dbg' ! -name '*.xml' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }'; }

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg); $(dotnet --version) SDK; medians of $runs interleaved starts"
echo
echo "| build | first 200 from /health | resident then | first POST /v1/compliance | second answer | resident after | size on disk |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for build in jit r2r aot floor; do
  f=$(cut -d' ' -f1 "$out/$build.samples" | median)
  a=$(cut -d' ' -f2 "$out/$build.samples" | median)
  b=$(cut -d' ' -f3 "$out/$build.samples" | median)
  r=$(cut -d' ' -f4 "$out/$build.samples" | median)
  r0=$(cut -d' ' -f5 "$out/$build.samples" | median)
  label=$(case $build in jit) echo "framework-dependent JIT";; r2r) echo "ReadyToRun";; aot) echo "Native AOT";; floor) echo "floor: minimal AOT app";; esac)
  if [[ $build == floor ]]; then a="–"; b="–"; r="–"; else a="$a ms"; b="$b ms"; r="$r MB"; fi
  echo "| $label | $f ms | $r0 MB | $a | $b | $r | $(size_mb "$out/$build") MB |"
  eval "first_$build=$f rss_$build=$r0"
done
echo
awk -v f="$first_aot" -v ff="$first_floor" -v r="$rss_aot" -v rf="$rss_floor" 'BEGIN {
  printf "Native AOT service against the floor: first 200 %.2fx (target at most 1.25x), resident memory at the first 200 %.2fx (target at most 1.5x)\n", f / ff, r / rf }'
