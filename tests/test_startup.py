"""Start-up of the command line: what coding one document does without (rich), and the same words on stderr."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from rich.console import Console

from warscribe import cli

LINES = [
    "1 documents: 1 processed, 0 skipped, 0 rejected; 1 events",
    "skipped: /tmp/reports.jsonl:5: repeat of document 'a'",
    "wrote 3 events to stdout (1 without coordinates)",
    "rejected: news/a.jsonl:2: invalid JSON",
    "watching in/ for new and changed files (Ctrl+C stops)",
    "x" * 300 + " a line longer than any terminal",
    "  two spaces before, none after",
    "",
    # rich changes these: an emoji code, control characters, a tab, text beyond ASCII
    "skipped: :fire:.jsonl: repeat of document 'b'",
    "a bell\x07 and a carriage return\r in a name",
    "tab\tseparated",
    "reports from Ḥalab: 2 events",
]


@pytest.mark.parametrize("line", LINES)
def test_a_message_reads_as_rich_prints_it(line: str, capsys: pytest.CaptureFixture[str]) -> None:
    Console(stderr=True, highlight=False, soft_wrap=True).print(line, markup=False)
    by_rich = capsys.readouterr().err
    cli._say(line)
    assert capsys.readouterr().err == by_rich


def test_coding_one_document_from_the_command_line_loads_no_rich(tmp_path) -> None:
    doc = tmp_path / "in.jsonl"
    doc.write_text('{"id": "a", "text": "Gunmen killed two soldiers in Kidal on Monday.", "published": "2021-05-10"}\n')
    code = ("import sys; from warscribe.cli import main; "
            f"sys.argv = ['warscribe', 'extract', {str(doc)!r}, '--out', {str(tmp_path / 'out.jsonl')!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('rich', 'warscribe.explain', 'sqlalchemy') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ),
                          check=True)
    assert done.stdout.split("\n")[-2] == "[]"
    assert done.stderr == "1 documents: 1 processed, 0 skipped, 0 rejected; 1 events\n"


def test_the_actor_keys_lexemes_are_made_from_stored_values_as_spacy_makes_them() -> None:
    import spacy
    from spacy.attrs import LOWER

    from warscribe.config import Config, Context
    from warscribe.knowledge.lexicon import lean_getters
    from warscribe.stages.recognize import ActorPhrases, _known_lexemes

    def blank_vocab():  # a vocabulary with the lexicon's getters
        vocab = spacy.blank("en").vocab
        lean_getters(vocab)
        return vocab

    ctx = Context(Config())
    phrases = ActorPhrases.load(ctx.lexicon, ctx.actors)
    keys = [key for key, _, _ in phrases.patterns]
    assert len(keys) > 1000 and set(phrases.key_lexemes) == set(ctx.lexicon.nlp.vocab.lex_attr_getters)

    def lexemes(vocab) -> list[tuple]:
        return [(lx.flags, lx.lower_, lx.norm_, lx.shape_, lx.prefix_, lx.suffix_, lx.lang_)
                for lx in (vocab[key] for key in keys)]

    stored, plain = blank_vocab(), blank_vocab()
    with _known_lexemes(stored, phrases):
        from_stored = lexemes(stored)
    assert stored.lex_attr_getters is not None and from_stored == lexemes(plain)
    # the stored values are what answered: an altered one shows
    phrases.key_lexemes[LOWER][keys[10]] = "altered"
    other = blank_vocab()
    with _known_lexemes(other, phrases):
        assert other[keys[10]].lower_ == "altered"
