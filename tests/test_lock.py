"""requirements.lock: every package at an exact version with hashes, the direct pins of requirements.txt, and
exactly what this environment has installed (`make venv` installs it with ``pip --require-hashes``)."""
import importlib.metadata
import re

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import ROOT

LOCK = ROOT / "requirements.lock"
#: The venv's own installers (``pip freeze`` hides them too) and this workbook, installed from its checkout.
NOT_LOCKED = {"pip", "setuptools", "wheel", "analysis"}


def locked() -> dict[str, str]:
    """``{name: version}`` of the lock's ``name==version`` lines."""
    text = LOCK.read_text(encoding="utf-8")
    return {canonicalize_name(m[1]): m[2] for m in re.finditer(r"^([A-Za-z0-9._-]+)==(\S+)", text, re.M)}


def direct() -> list[Requirement]:
    """The requirements of requirements.txt (comments dropped)."""
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return [Requirement(line.split("#")[0]) for line in lines if line.split("#")[0].strip()]


def test_every_direct_pin_is_locked_at_the_same_version():
    lock = locked()
    for requirement in direct():
        (spec,) = requirement.specifier
        assert spec.operator == "==", requirement
        assert lock.get(canonicalize_name(requirement.name)) == spec.version, requirement


def test_the_environment_is_exactly_the_lock():
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in importlib.metadata.distributions()}
    installed = {name: version for name, version in installed.items() if name not in NOT_LOCKED}
    assert installed == locked()


def test_the_lock_holds_every_dependency_and_nothing_else():
    """From requirements.txt (with its extras), each installed package's requirements for this Python and
    platform lead to exactly the locked packages."""
    lock = locked()
    todo = [(canonicalize_name(r.name), frozenset(r.extras)) for r in direct()]
    seen = set()
    while todo:
        name, extras = todo.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        assert name in lock, f"{name} is needed but not locked"
        for requirement in map(Requirement, importlib.metadata.requires(name) or []):
            if requirement.marker is None or any(requirement.marker.evaluate({"extra": extra})
                                                 for extra in {"", *extras}):
                todo.append((canonicalize_name(requirement.name), frozenset(requirement.extras)))
    assert {name for name, _ in seen} == set(lock)


def test_every_locked_package_has_a_hash_and_no_index_or_path_of_this_machine():
    text = LOCK.read_text(encoding="utf-8")
    blocks = re.findall(r"^[A-Za-z0-9._-]+==\S+ \\\n((?:    --hash=sha256:[0-9a-f]{64}(?: \\)?\n)+)", text, re.M)
    assert len(blocks) == len(locked()) > 100
    options = [line for line in text.splitlines() if line.startswith("-")]
    assert options == [] and "://" not in text and "file:" not in text and str(ROOT) not in text
