"""Compile the Qt Designer forms `ui/*.ui` into Python modules in `runway_desktop/ui/generated/`.

`make forms` runs this after a form is edited (`pyside6-designer ui/main_window.ui`). Each module
is what Qt's `uic -g python` writes, with its unused imports removed (naming a PySide6 class makes
PySide6 build its Python type, a cost paid at every start-up) and a header recording the SHA-256
of the form it came from. `--check` compares those hashes with the forms and exits 1 when a
module is missing or stale; the test suite runs it, so an edited form cannot ship uncompiled.

Compiled rather than loaded with QUiLoader at run time: loading costs QtUiTools and an XML parse
before the window can first paint.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
OUT = ROOT / "runway_desktop" / "ui" / "generated"
HEADER = '''# Generated from ui/{name} by `make forms` (tools/compile_forms.py): edit the form, not this file.
# source-sha256: {digest}
'''


def uic() -> Path:
    """Qt's uic as shipped in the PySide6 wheel (the pyside6-uic wrapper is only a launcher for it)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("compile_forms: PySide6 is not installed in this interpreter")
    package = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (package / "Qt" / "libexec" / "uic", package / "uic", package / "uic.exe"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"compile_forms: no uic in {package}")


def module_for(form: Path, out: Path = OUT) -> Path:
    return out / f"{form.stem}_form.py"


def digest_of(form: Path) -> str:
    return hashlib.sha256(form.read_bytes()).hexdigest()


def recorded_digest(module: Path) -> str | None:
    if not module.is_file():
        return None
    for line in module.read_text(encoding="utf-8").splitlines()[:5]:
        if line.startswith("# source-sha256: "):
            return line.split(": ", 1)[1].strip()
    return None


def without_unused_imports(source: str) -> str:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise SystemExit("compile_forms: ruff (a dev dependency) is needed to prune the generated imports")
    done = subprocess.run([ruff, "check", "--quiet", "--select", "F401", "--fix", "--stdin-filename",
                           "form.py", "-"], input=source, capture_output=True, text=True, check=False)
    if not done.stdout.strip():
        raise SystemExit(f"compile_forms: ruff could not prune the imports: {done.stderr.strip()}")
    return done.stdout


def compile_form(form: Path, tool: Path) -> Path:
    generated = subprocess.run([str(tool), "-g", "python", str(form)], capture_output=True, text=True,
                               check=False)
    if generated.returncode != 0:
        raise SystemExit(f"compile_forms: uic failed on {form.name}: {generated.stderr.strip()}")
    # uic's own header names its version and the time: drop it, so the module changes only with the form.
    body = "\n".join(line for line in generated.stdout.splitlines() if not line.startswith("#")).lstrip()
    module = module_for(form)
    module.write_text(HEADER.format(name=form.name, digest=digest_of(form)) + "\n"
                      + without_unused_imports(body), encoding="utf-8")
    return module


def stale_forms(forms: Path = FORMS, out: Path = OUT) -> list[str]:
    """Forms whose compiled module is missing or was compiled from another version of the form."""
    return [form.name for form in sorted(forms.glob("*.ui"))
            if recorded_digest(module_for(form, out)) != digest_of(form)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report forms that need compiling")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for name in stale:
            print(f"ui/{name} changed since it was compiled: run `make forms`", file=sys.stderr)
        return 1 if stale else 0
    tool = uic()
    OUT.mkdir(parents=True, exist_ok=True)
    for form in sorted(FORMS.glob("*.ui")):
        print(f"{form.relative_to(ROOT)} -> {compile_form(form, tool).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
