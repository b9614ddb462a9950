from kroscek.cli import run

run()
