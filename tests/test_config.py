"""The shop config: defaults, per-language texts, and errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from notegen.config import load_config, local
from notegen.errors import ConfigError

MINIMAL = '[shop]\nname = "Wollwerk"\n[signer]\nname = "Katrin Vogel"\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "notegen.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_config_gets_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    assert config.shop.name == "Wollwerk"
    assert config.signer.name == "Katrin Vogel"
    assert config.formality.de == "sie"
    assert config.gift.enabled is False
    assert config.insert.size == "A6"
    assert config.base_dir == tmp_path.resolve()


def test_text_per_language_and_plain(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL + 'role = { de = "Inhaberin", en = "Owner" }\n'))
    assert local(config.signer.role, "de") == "Inhaberin"
    assert local(config.signer.role, "fr") == "Owner"
    plain = load_config(write(tmp_path, MINIMAL + 'role = "Owner"\n'))
    assert local(plain.signer.role, "fr") == "Owner"


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("[gift]\nenabeld = true\n", "unknown key [gift] enabeld; known keys:"),
        ("[gfit]\nenabled = true\n", "unknown section [gfit]"),
        ('[gift]\npercent = "ten"\n', "[gift] percent must be an integer, got str 'ten'"),
        ("[gift]\nenabled = 1\n", "[gift] enabled must be true or false"),
        ("[smtp]\nport = true\n", "[smtp] port must be an integer, got bool"),
        ('[formality]\nde = "Sie"\n', "[formality] de must be one of sie, du"),
        ('[insert]\nsize = "A7"\n', "[insert] size must be one of A6, A5, DL, 4x6, a4-4up"),
        ('[gift]\nsample = { es = "muestra" }\n', "must be a string or a table of de/fr/en strings"),
        ("gift = 3\n", "[gift] must be a table"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, extra: str, message: str) -> None:
    path = write(tmp_path, extra + MINIMAL if extra.startswith("gift =") else MINIMAL + extra)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_missing_signer_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\[signer\] name is missing; a real person"):
        load_config(write(tmp_path, '[shop]\nname = "Wollwerk"\n'))


def test_not_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[shop\nname="))
    with pytest.raises(ConfigError, match="no such config file; create one with `notegen init`"):
        load_config(tmp_path / "absent.toml")


@pytest.mark.parametrize("shop", ["de-wollwerk", "fr-atelier", "en-harbour-trust"])
def test_sample_configs_load(samples: Path, shop: str) -> None:
    config = load_config(samples / shop / "notegen.toml")
    assert config.shop.name
    assert " " in config.signer.name  # a person's full name, not a team
