"""Documentation stays complete: every command has help with an example, every setting is
described and named in the README."""
from pathlib import Path

from click.testing import CliRunner

from newsgraph import config
from newsgraph.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help and "Example" in command.help, f"{name} has no example in its help"


def test_every_setting_is_described_and_documented():
    for setting in config.SETTINGS:
        assert setting.help, setting.name
        assert f"NEWSGRAPH_{setting.name.upper()}" in README, f"NEWSGRAPH_{setting.name.upper()} not in README"


def test_readme_opens_with_the_two_setup_commands():
    head = README[:600]
    assert "make demo" in head and "make test" in head
