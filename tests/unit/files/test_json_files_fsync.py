"""Settings and other JSON files reach the disk before they replace the old copy (power cuts)."""
from __future__ import annotations

import json
import os

import pytest

from dollr_desktop import json_files
from dollr_desktop.settings import Settings


@pytest.fixture()
def disk_calls(monkeypatch):
    """Record fsync (with what the descriptor points at) and replace, in the order they happen."""
    calls: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        calls.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src, dst):
        calls.append(("replace", str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return calls


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="reads /proc to name descriptors")
def test_the_new_file_is_synced_before_the_rename_and_the_folder_after(tmp_path, disk_calls):
    tmp_path = tmp_path / "folder"
    tmp_path.mkdir()
    target = tmp_path / "settings.json"
    target.write_text('{"old": true}')
    json_files.write_atomically(target, {"language": "fr"})

    kinds = [kind for kind, _ in disk_calls]
    assert kinds == ["fsync", "replace", "fsync"]
    synced_file, folder = disk_calls[0][1], disk_calls[2][1]
    assert synced_file.startswith(str(tmp_path / ".settings-")) and synced_file.endswith(".json")
    assert folder == str(tmp_path)
    assert json.loads(target.read_text()) == {"language": "fr"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="reads /proc to name descriptors")
def test_settings_save_goes_through_the_synced_write(tmp_path, monkeypatch, disk_calls):
    monkeypatch.setenv("DOLLR_DATA_DIR", str(tmp_path))
    Settings().save()
    assert [kind for kind, _ in disk_calls] == ["fsync", "replace", "fsync"]
    assert disk_calls[1][1].endswith("settings.json")


def test_a_failed_sync_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    tmp_path = tmp_path / "folder"
    tmp_path.mkdir()
    target = tmp_path / "prefs.json"
    target.write_text('{"kept": 1}')

    def broken(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError):
        json_files.write_atomically(target, {"kept": 2})
    assert json.loads(target.read_text()) == {"kept": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["prefs.json"]
