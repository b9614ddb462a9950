"""The public API and the CLI reference are under test, so neither drifts silently."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import kroscek
from kroscek.cli import COMMANDS
from kroscek.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", sorted(kroscek.__all__))
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(kroscek, name) is not None


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_in_the_readme_or_docs(command: str) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8") + (ROOT / "docs" / "cli.md").read_text(
        encoding="utf-8"
    )
    assert f"kroscek {command}" in text


def test_the_cli_reference_is_generated_from_the_current_help() -> None:
    from kroscek.cli._docs import render_cli_docs

    saved = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert saved == render_cli_docs(), (
        "docs/cli.md is stale: python -m kroscek.cli._docs > docs/cli.md"
    )


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


def _contract_names(readme: str) -> set[str]:
    """Every field name the README's JSON contract block spells out (in quotes)."""
    block = readme.split("The JSON contract", 1)[1].split("```", 2)[1]
    return set(re.findall(r'"([a-z_]+)"', block))


def _emitted_keys(value: object, *, free_form: bool = False) -> set[str]:
    """The keys of every object in a report's JSON, leaving out the free-form ones: the
    article ids keying ``unique`` and a fact's ``attrs``."""
    keys: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if not free_form:
                keys.add(key)
            if key != "attrs":
                keys |= _emitted_keys(item, free_form=key == "unique")
    elif isinstance(value, list):
        for item in value:
            keys |= _emitted_keys(item)
    return keys


def test_the_readme_python_example_runs_on_the_shipped_examples(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocks = _python_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert blocks, "the README has no Python example"
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    exec(compile(blocks[0], "README.md", "exec"), namespace)
    printed = capsys.readouterr().out
    report = namespace["report"]
    assert isinstance(report, kroscek.Report)
    assert len(report.articles) == 2 and report.findings
    first = report.findings[0]
    assert f"{first.severity} {first.type} {first.message}" in printed


# Two shipped articles about one event; one of them against an unrelated report of our own,
# which makes the report carry a warning, so every optional part of the contract is emitted.
_UNRELATED = (
    "Harbour Council Opens New Ferry Pier\n\n"
    "The harbour council opened a new ferry pier in Port Lindell on Monday, the council's "
    "chair Marta Quinlan said. The pier can berth four ferries at once and replaces a wooden "
    "jetty built in 1962. Commuters welcomed the shorter queues at the morning crossing.\n"
)


@pytest.mark.parametrize(
    "second",
    ["examples/compare/warta-dunia.txt", "unrelated.txt"],
    ids=["same-event", "unrelated-english"],
)
def test_every_field_a_report_emits_is_in_the_readme_json_contract(
    second: str, tmp_path: Path
) -> None:
    (tmp_path / "unrelated.txt").write_text(_UNRELATED, encoding="utf-8")
    path = ROOT / second if second.startswith("examples/") else tmp_path / second
    report = kroscek.compare([ROOT / "examples/compare/kabar-sahel.txt", path]).to_dict()
    documented = _contract_names((ROOT / "README.md").read_text(encoding="utf-8"))
    assert _emitted_keys(report) - documented == set()
    if second == "unrelated.txt":
        assert report["warnings"], "the unrelated pair should carry a warning"


def test_every_evidence_span_indexes_its_article_as_the_readme_says() -> None:
    report = kroscek.compare(sorted((ROOT / "examples" / "compare").glob("*.txt"))).to_dict()
    articles = {a["id"]: a for a in report["articles"]}
    spans = [ev for f in report["findings"] for ev in f["evidence"]]
    assert spans
    for ev in spans:
        article = articles[ev["article"]]
        assert article[ev["field"]][ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Settings)])
def test_every_setting_is_in_the_settings_doc(name: str) -> None:
    assert f"| `{name}` |" in (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")


_OWN_DOCS = [
    "README.md",
    *(
        f"docs/{name}.md"
        for name in ("architecture", "reading-and-cleaning", "scale", "settings", "web")
    ),
]


def _documented_command_lines() -> list[tuple[str, str]]:
    """(doc, line) for every ``kroscek …`` command line in a shell block of the docs."""
    found = []
    for doc in _OWN_DOCS:
        text = (ROOT / doc).read_text(encoding="utf-8")
        for fence in re.finditer(r"```(\w*)\n(.*?)```", text, flags=re.DOTALL):
            if fence[1] not in ("", "bash", "sh"):
                continue
            for line in fence[2].splitlines():
                if line.startswith("kroscek "):
                    found.append((doc, line.split("  #", 1)[0].strip()))
    return found


@pytest.mark.parametrize(("doc", "line"), _documented_command_lines())
def test_every_option_a_documented_command_uses_exists(doc: str, line: str) -> None:
    import shlex

    import click

    from kroscek.cli import main

    words = shlex.split(line)[1:]
    command: click.Command = main
    while isinstance(command, click.Group) and words and not words[0].startswith("-"):
        sub = command.get_command(click.Context(command), words.pop(0))
        assert sub is not None, f"{doc}: {line}: no such command"
        command = sub
    params = command.get_params(click.Context(command))
    known = {opt for param in params for opt in [*param.opts, *param.secondary_opts]}
    used = {word.split("=", 1)[0] for word in words if word.startswith("-")}
    assert used <= known, f"{doc}: {line}: unknown option(s) {sorted(used - known)}"


def test_the_web_doc_names_every_security_header_with_its_value() -> None:
    from kroscek.web.security import HEADERS

    doc = " ".join((ROOT / "docs" / "web.md").read_text(encoding="utf-8").split()).lower()
    missing = [
        name.decode()
        for name, value in HEADERS
        if f"{name.decode()}: {value.decode()}".lower() not in doc
    ]
    assert missing == [], f"docs/web.md does not give these headers as sent: {missing}"
