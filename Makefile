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
# spacy_wheel.sh then puts in spaCy compiled without Cython's profiling hooks (twice the parser's speed;
# built once into ~/.cache/accord/wheels, the stock wheel kept if the build fails).
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt scripts/spacy_wheel.sh
	$(BIN)/pip install -q -c constraints.txt -e '.[test,scale]'
	bash scripts/spacy_wheel.sh $(BIN)/python
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
