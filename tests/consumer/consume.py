#!/usr/bin/env python3
"""The guides' C# as a user pastes it: for each guide and package readme, a new project made the way that guide says
(`dotnet new console` or `dotnet new web`, then its `dotnet add package` lines, from the packed packages), each C# block
pasted whole as Program.cs, built and run. Where a block is followed by "It prints:" and a text block, what it printed
must be that text, line for line. A block that serves (`app.Run()`) must say it is listening, then is stopped.

    python3 consume.py PACKAGES_DIR WORK_DIR DOC.md [DOC.md ...]

Prints one line per block and a closing 'N passed, N failed'; exits 1 when any block failed.
"""
import os
import re
import shutil
import subprocess
import sys

FENCE = re.compile(r"^```(\w*)\s*$")


def blocks(text):
    """(language, code, line, text before the fence) for every fenced block, in order."""
    lines = text.split("\n")
    found, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m and m.group(1):
            start = i
            i += 1
            body = []
            while i < len(lines) and lines[i].rstrip() != "```":
                body.append(lines[i])
                i += 1
            before = [line for line in lines[:start] if line.strip()]
            found.append((m.group(1), "\n".join(body), start + 1, before[-1] if before else ""))
        i += 1
    return found


def run(command, cwd, timeout=600, env=None):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def consume(doc, packages, work):
    """Answers a list of (where, failure or None)."""
    text = open(doc, encoding="utf-8").read()
    found = blocks(text)
    setup = [line.split("#")[0].strip() for lang, code, _, _ in found if lang in ("bash", "sh") for line in code.split("\n")]
    adds = [line for line in setup if re.match(r"^dotnet add package Lscp\.\w+", line)]
    kinds = [m.group(1) for line in setup for m in [re.search(r"\bdotnet new (console|web)\b", line)] if m]
    snippets = [(i, code, line) for i, (lang, code, line, _) in enumerate(found) if lang == "csharp"]
    if not snippets:
        return []
    name = os.path.relpath(doc).replace("/", "_").replace(".", "_")
    if not adds:
        return [(f"{os.path.relpath(doc)}", "has C# but no `dotnet add package Lscp.X` line saying which package to add")]
    project = os.path.join(work, name)
    shutil.rmtree(project, ignore_errors=True)
    kind = kinds[0] if kinds else "console"
    made = run(["dotnet", "new", kind, "-o", project, "--name", "Consumer"], work)
    if made.returncode != 0:
        return [(os.path.relpath(doc), f"dotnet new {kind} failed: {made.stdout}{made.stderr}")]
    # The guide's own package lines, in its order, with ~/lscp-packages where the packages were packed. A package
    # readme names no source (its reader has the feed it came from): the packed folder stands in for that feed.
    steps = [line for line in setup if re.match(r"^dotnet (new nugetconfig|nuget add source|add package)\b", line)]
    if not any(line.startswith("dotnet nuget add source") for line in steps):
        steps = ["dotnet new nugetconfig", f"dotnet nuget add source {packages} --name feed --configfile nuget.config"] + steps
    for step in steps:
        done = run(step.replace("~/lscp-packages", packages).split(), project)
        if done.returncode != 0:
            return [(os.path.relpath(doc), f"`{step}` failed: {done.stdout[-2000:]}{done.stderr}")]
    results = []
    for index, code, line in snippets:
        where = f"{os.path.relpath(doc)}:{line}"
        with open(os.path.join(project, "Program.cs"), "w", encoding="utf-8") as program:
            program.write(code + "\n")
        built = run(["dotnet", "build", "-c", "Release", "--nologo", "-v", "q"], project)
        if built.returncode != 0:
            errors = sorted({l.strip() for l in built.stdout.split("\n") if ": error " in l})
            results.append((where, "does not compile as pasted:\n      " + "\n      ".join(errors[:10])))
            continue
        expected = None
        if index + 1 < len(found):
            lang, out, _, before = found[index + 1]
            if lang == "text" and before.strip() == "It prints:":
                expected = out
        serves = "app.Run()" in code
        command = ["dotnet", "run", "-c", "Release", "--no-build", "--", "--urls", "http://127.0.0.1:0"]
        if serves:
            process = subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            listening = False
            try:
                for out_line in process.stdout:
                    if "Now listening on" in out_line:
                        listening = True
                        break
            finally:
                process.kill()
                process.wait()
            results.append((where, None if listening else "serves, but never said 'Now listening on'"))
            continue
        ran = run(command, project, timeout=120)
        if ran.returncode != 0:
            results.append((where, f"exited {ran.returncode}:\n{ran.stdout[-1500:]}{ran.stderr[-1500:]}"))
            continue
        printed = ran.stdout.rstrip("\n").replace("\r\n", "\n")
        if expected is not None and printed != expected.rstrip("\n"):
            results.append((where, f"printed\n{printed}\n    but the guide says it prints\n{expected}"))
            continue
        results.append((where, None))
    return results


def main():
    packages, work, docs = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3:]
    os.makedirs(work, exist_ok=True)
    passed = failed = 0
    for doc in docs:
        for where, failure in consume(doc, packages, work):
            if failure is None:
                passed += 1
                print(f"ok   {where}")
            else:
                failed += 1
                print(f"FAIL {where}: {failure}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
