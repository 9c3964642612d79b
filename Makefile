# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
CORPUS ?= $(SHARED)/corpus/wikinews/articles_ir.jsonl
DB     ?= demo.db

.PHONY: demo test install bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# The stamp file is newer than pyproject/constraints once they are installed.
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install -q -c constraints.txt -e '.[test,scale]'
	touch $@

install: $(VENV)/.installed

demo: install
	rm -f $(DB)
	$(BIN)/accord ingest $(CORPUS) --db sqlite:///$(DB)
	$(BIN)/accord summary --db sqlite:///$(DB)

test: install
	bash scripts/system_deps.sh
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) demo.db accord.db .pytest_cache
