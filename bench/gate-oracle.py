#!/usr/bin/env python3
"""The language's own parser for the gate-accuracy benchmark: reads `language<TAB>path` lines from
the file named by argv[1] and prints one line per input: `ok`, or `rejected<TAB>message`.

python: compile() (what `python3 -m py_compile` runs), json: json.loads, toml: tomllib.loads,
yaml: PyYAML's composer (the YAML parse and its anchors, without constructing Python objects)."""
import json
import sys
import warnings

import tomllib
import yaml

warnings.simplefilter("ignore")


def verdict(language, path):
    with open(path, "rb") as handle:
        data = handle.read()
    if language == "python":
        compile(data, path, "exec", dont_inherit=True)
    elif language == "json":
        json.loads(data.decode("utf-8"))
    elif language == "toml":
        tomllib.loads(data.decode("utf-8"))
    elif language == "yaml":
        for _ in yaml.compose_all(data.decode("utf-8"), Loader=yaml.SafeLoader):
            pass
    else:
        raise SystemExit(f"gate-oracle: no oracle for {language}")


def main():
    out = []
    with open(sys.argv[1], encoding="utf-8") as manifest:
        for line in manifest:
            language, path = line.rstrip("\n").split("\t", 1)
            try:
                verdict(language, path)
                out.append("ok")
            except RecursionError:
                out.append("rejected\tRecursionError")
            except (SyntaxError, ValueError, UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError) as error:
                message = " ".join(str(error).split())[:200]
                out.append(f"rejected\t{type(error).__name__}: {message}")
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
