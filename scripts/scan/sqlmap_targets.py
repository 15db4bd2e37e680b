#!/usr/bin/env python3
"""Prints sqlmap targets from the app's OpenAPI document, one URL a line with sqlmap's `*` marker after every
free-text value: the string query and path parameters of GET operations (typed parameters - integers, dates, enums,
GUIDs - never reach SQL as text: model binding rejects anything else with 400). Required parameters of other types
get a valid sample so the request reaches the handler. Usage: sqlmap_targets.py OPENAPI_JSON BASE_URL"""
import json
import sys
from urllib.parse import quote

spec = json.load(open(sys.argv[1], encoding="utf-8"))
base = sys.argv[2].rstrip("/")
schemas = spec.get("components", {}).get("schemas", {})


def sample(schema):
    """A valid value for a typed parameter, or None when it cannot be made."""
    if "$ref" in schema:
        enum = schemas.get(schema["$ref"].split("/")[-1], {}).get("enum")
        return str(enum[0]) if enum else None
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    fmt = schema.get("format")
    if fmt == "date":
        return "2026-12-01"
    if fmt == "date-time":
        return "2026-12-01T10:00:00Z"
    if fmt == "uuid":
        return "00000000-0000-0000-0000-000000000000"
    if "integer" in types or "number" in types:
        return "1"
    if "boolean" in types:
        return "true"
    return None


def free_text(schema):
    types = schema.get("type")
    return types == "string" and schema.get("format") is None and "enum" not in schema


for path, operations in spec["paths"].items():
    op = operations.get("get")
    if not op:
        continue
    params = op.get("parameters", [])
    if not any(free_text(p.get("schema", {})) for p in params):
        continue
    url_path, query = path, []
    ok = True
    for p in params:
        schema = p.get("schema", {})
        if free_text(schema):
            value = "test*"
        else:
            value = sample(schema)
            if value is None or (p["in"] == "query" and not p.get("required")):
                if p.get("required"):
                    ok = False
                continue
        if p["in"] == "path":
            url_path = url_path.replace("{" + p["name"] + "}", value)
        elif p["in"] == "query":
            query.append(f"{quote(p['name'])}={value}")
    if ok and "{" not in url_path:
        print(base + url_path + ("?" + "&".join(query) if query else ""))
