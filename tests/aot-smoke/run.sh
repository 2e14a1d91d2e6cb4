#!/usr/bin/env bash
# The Native AOT smoke suite: publish the service as a Native AOT binary (failing on any trim or AOT warning), start it
# and the JIT build side by side, ask both every request in requests.txt, and require the same status, content type and
# body from each (trace ids and the feed's DTSTAMP aside, which differ by design). Then check compression and the logs.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
out=$root/artifacts/aot
rm -rf "$out" && mkdir -p "$out/answers"

echo "-- publish (Native AOT, warnings are errors)"
dotnet publish "$root/src/Lscp.Http" -c Release -r linux-x64 -p:PublishAot=true -o "$out/bin" > "$out/publish.log" 2>&1 \
  || { grep -E "warning|error" "$out/publish.log" | sort -u | head -40; exit 1; }
if grep -qE "warning (IL|RDG)[0-9]+" "$out/publish.log"; then
  grep -E "warning (IL|RDG)[0-9]+" "$out/publish.log" | sort -u; exit 1
fi

export Lscp__PublishOpenApi=true
start() { # name port command...
  local name=$1 port=$2; shift 2
  "$@" --urls "http://127.0.0.1:$port" > "$out/$name.log" 2>&1 &
  echo $! > "$out/$name.pid"
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/health" > /dev/null 2>&1 && return 0; sleep 0.1; done
  echo "$name did not start"; cat "$out/$name.log"; exit 1
}
trap 'kill $(cat "$out"/*.pid 2>/dev/null) 2>/dev/null || true' EXIT
# Started from the repository root, as a service manager would: each must find its own appsettings.json.
cd "$root"
start jit 5201 dotnet "$root/src/Lscp.Http/bin/Release/net10.0/Lscp.Http.dll"
start aot 5202 "$out/bin/Lscp.Http"
cd - > /dev/null

ask() { # port method path [body] [content type]
  local args=(-s -o - -w '\n%{http_code} %{content_type}\n' -X "$2" "http://127.0.0.1:$1$3")
  [ "$2" = HEAD ] && args=(-s -I -o /dev/null -w '%{http_code} %{content_type}\n' "http://127.0.0.1:$1$3")
  [ -n "${4:-}" ] && args+=(-H "Content-Type: ${5:-application/json}" --data-binary "@bodies/$4")
  curl "${args[@]}" | sed -E 's/"traceId":"[^"]*"/"traceId":"*"/; s/^DTSTAMP:[0-9TZ]+/DTSTAMP:*/'
}

failed=0; count=0
while read -r method path body type; do
  case "$method" in ''|'#'*) continue ;; esac
  count=$((count + 1))
  ask 5201 "$method" "$path" "${body:-}" "${type:-}" > "$out/answers/$count.jit"
  ask 5202 "$method" "$path" "${body:-}" "${type:-}" > "$out/answers/$count.aot"
  if ! cmp -s "$out/answers/$count.jit" "$out/answers/$count.aot"; then
    echo "DIFFERS: $method $path ${body:-}"; diff <(head -c 2000 "$out/answers/$count.jit") <(head -c 2000 "$out/answers/$count.aot") | head -10
    failed=$((failed + 1))
  else
    echo "same: $(tail -n 1 "$out/answers/$count.aot" | cut -d' ' -f1) $method $path"
  fi
done < requests.txt

# A spreadsheet's zip entries carry the time they were written, so the AOT build's is checked as a file, not byte for byte.
code=$(curl -s -o "$out/workbook.xlsx" -w '%{http_code} %{content_type}' -H 'Content-Type: application/json' \
  --data-binary @bodies/workbook.json http://127.0.0.1:5202/v1/workbooks)
if [ "$code" != "200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ] || ! unzip -tq "$out/workbook.xlsx" > /dev/null; then
  echo "the AOT build's spreadsheet is not a whole .xlsx file ($code)"; failed=$((failed + 1))
fi

encoding=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: br' -H 'Content-Type: application/json' \
  --data-binary @bodies/compliance-lewisham-2024-25-compliant.json http://127.0.0.1:5202/v1/compliance | tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding"{print $2}')
[ "$encoding" = br ] || { echo "the AOT build did not compress a compliance answer with Brotli (got '$encoding')"; failed=$((failed + 1)); }
for build in jit aot; do
  if grep -q "Request starting\|Executing endpoint" "$out/$build.log"; then echo "$build logs every request: it did not read its appsettings.json"; failed=$((failed + 1)); fi
  grep -q "Content root path: $out/bin/\|Content root path: $root/src/Lscp.Http/bin/Release/net10.0/" "$out/$build.log" \
    || { echo "$build's content root is not its own folder"; grep "Content root" "$out/$build.log"; failed=$((failed + 1)); }
done

# The container's HEALTHCHECK: the binary probes a running service (0) and a dead port (1).
"$out/bin/Lscp.Http" --health http://127.0.0.1:5202/health || { echo "--health said a healthy service is not"; failed=$((failed + 1)); }
if "$out/bin/Lscp.Http" --health http://127.0.0.1:5299/health 2>/dev/null; then echo "--health said a dead port is healthy"; failed=$((failed + 1)); fi

[ "$failed" -eq 0 ] || { echo "$failed of $count checks failed"; exit 1; }
echo "AOT smoke: $count requests answered the same by the JIT and Native AOT builds; Brotli on; each build reads its own settings; --health works."
