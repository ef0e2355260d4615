"""The wheel carries the catalogue, styles, icons, forms and desktop files: the app works pip-installed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_ships_resources_and_forms_and_works_from_site_packages(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
         str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = tmp_path.glob("runway_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("runway_desktop/resources/catalogue.json", "runway_desktop/resources/style.qss",
                   "runway_desktop/ui/generated/main_window_form.py", "runway_desktop/simulator/__main__.py",
                   "runway_desktop/xdg/com.runwaydesktop.RunwayDesktop.desktop",
                   "runway_desktop/xdg/com.runwaydesktop.RunwayDesktop.metainfo.xml",
                   "runway_desktop/ui/i18n/language.py",
                   "runway_desktop/resources/translations/runway_desktop_zh_CN.qm"):
        assert needed in names, f"{needed} is missing from {wheel.name}"
    assert any(n.startswith("runway_desktop/resources/icons/") and n.endswith(".svg") for n in names)
    # The build's own files stay out.
    assert not any(n.endswith((".spec", "lintian-overrides", "control.in")) for n in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import runway_desktop, sys;"
        "from runway_desktop.core.catalogue.spec import load_catalogue;"
        "from runway_desktop.ui.generated.main_window_form import Ui_MainWindow;"
        "from runway_desktop.ui.shell.assets import resource_path;"
        "assert runway_desktop.__file__.startswith(sys.argv[1]), runway_desktop.__file__;"
        "print(len(load_catalogue().models), callable(Ui_MainWindow().setupUi),"
        "resource_path('style.qss').startswith(sys.argv[1]))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", probe, str(site)], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["97", "True", "True"]
