#!/usr/bin/env bash
# Generates both clients from the checked-in OpenAPI document with the generators' own tools (restored from the
# manifest in .config): NSwag's C# client (System.Text.Json, optional members as nullable) and Kiota's.
set -euo pipefail
cd "$(dirname "$0")"
document=../../src/Lscp.Http/openapi/v1.json
rm -rf generated && mkdir -p generated
dotnet tool restore > /dev/null
dotnet nswag openapi2csclient /input:$document /output:generated/NSwagClient.g.cs /namespace:Outsider.NSwag /className:LscpNSwagClient \
  /jsonLibrary:SystemTextJson /generateOptionalPropertiesAsNullable:true /generateNullableReferenceTypes:true > generated/nswag.log
dotnet kiota generate -l CSharp -d $document -o generated/Kiota -n Outsider.Kiota -c LscpKiotaClient --exclude-backward-compatible \
  --log-level Warning > generated/kiota.log
