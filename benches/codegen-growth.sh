#!/usr/bin/env bash
# The generator on `$metadata` documents of 1 to 50 MB (issue #28): writes
# them (enum types with described members beside entity types, as a service's
# document has), then prints the time of `Builder::generate` against
# roxmltree's parse of the same text. 4x the input should cost at most ~4.5x.
#
# Usage: benches/codegen-growth.sh   (about two minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 - "$out" <<'PY'
import sys
out = sys.argv[1]
def document(types):
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n'
             '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">\n'
             '<edmx:DataServices>\n'
             '<Schema Namespace="Contoso.Growth" xmlns="http://docs.oasis-open.org/odata/ns/edm">\n']
    for t in range(types):
        parts.append(f'<EnumType Name="status{t}">\n')
        for m in range(12):
            parts.append(f'<Member Name="member{m}Of{t}" Value="{m}">'
                         f'<Annotation Term="Org.OData.Core.V1.Description" '
                         f'String="Member {m} of status {t}, described as a schema describes it."/>'
                         f'</Member>\n')
        parts.append('</EnumType>\n')
        parts.append(f'<EntityType Name="item{t}"><Key><PropertyRef Name="id"/></Key>'
                     f'<Property Name="id" Type="Edm.String" Nullable="false"/>'
                     f'<Property Name="status" Type="Contoso.Growth.status{t}"/>'
                     f'<Property Name="displayName" Type="Edm.String"/></EntityType>\n')
    parts.append('</Schema>\n</edmx:DataServices>\n</edmx:Edmx>\n')
    return ''.join(parts)
one = len(document(100)) / 100
for megabytes in (1, 4, 16, 50):
    types = int(megabytes * 1_000_000 / one)
    with open(f"{out}/{megabytes:02}mb.xml", "w") as f:
        f.write(document(types))
PY
cargo run -q --release -p graph-enum-codegen --example growth -- "$out"/*.xml
