# minyi — the two set-up commands (`make run`, `make test`) install what they need on a fresh Debian.
SHARED ?= ../shared
SWIFT ?= swift
RELEASE = .build/release/minyi

.PHONY: deps run test build release eval bench clean

## System packages: ICU and SQLite with their headers, and pkg-config (Debian/Ubuntu).
deps:
	@if ! pkg-config --exists icu-uc icu-i18n sqlite3 2>/dev/null; then \
	  echo "installing libicu-dev libsqlite3-dev pkg-config"; \
	  $$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo) apt-get update -qq && \
	  $$(command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo) apt-get install -y -qq libicu-dev libsqlite3-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Main job on the bundled sample corpus: the ten most-raised concerns as one HTML page.
run: release
	@mkdir -p out
	$(RELEASE) report corpora/report/zibo-concerns.jsonl --top 10 --format html -o out/report.html
	$(RELEASE) report corpora/report/zibo-concerns.jsonl --top 10 --format md -o out/report.md
	@echo "wrote out/report.html and out/report.md"

## Unit tests (debug build).
test: deps
	$(SWIFT) test

## Accuracy on the real data in $(SHARED) (release build).
eval: release
	@echo "== segmentation, SIGHAN 2005, no corpus words"
	$(RELEASE) evaluate segmentation --gold $(SHARED)/data/sighan2005/pku_test_gold.utf8
	$(RELEASE) evaluate segmentation --gold $(SHARED)/data/sighan2005/msr_test_gold.utf8
	@echo "== segmentation, SIGHAN 2005, with the corpus's training words"
	$(RELEASE) evaluate segmentation --gold $(SHARED)/data/sighan2005/pku_test_gold.utf8 --user-dict $(SHARED)/data/sighan2005/pku_training_words.utf8
	$(RELEASE) evaluate segmentation --gold $(SHARED)/data/sighan2005/msr_test_gold.utf8 --user-dict $(SHARED)/data/sighan2005/msr_training_words.utf8
	@echo "== segmentation, ICU alone"
	$(RELEASE) evaluate segmentation --gold $(SHARED)/data/sighan2005/pku_test_gold.utf8 --base-dict none
	$(RELEASE) evaluate segmentation --gold $(SHARED)/data/sighan2005/msr_test_gold.utf8 --base-dict none
	@echo "== speeches: sections, speakers, figures against gold"
	$(RELEASE) evaluate speech corpora/speeches/gold/*.json --text-dir $(SHARED)/corpora/speeches
	@echo "== speeches, held-out set"
	$(RELEASE) evaluate speech corpora/speeches/holdout/gold/*.json
	@echo "== speeches, second held-out set"
	$(RELEASE) evaluate speech corpora/speeches/holdout2/gold/*.json
	@echo "== speeches, third held-out set"
	$(RELEASE) evaluate speech corpora/speeches/holdout3/gold/*.json
	@echo "== routing: default pack on the hand-labeled sample"
	$(RELEASE) evaluate routing corpora/routing/zibo-suggestions.jsonl --label-field department
	@echo "== routing: default pack on the blind set"
	$(RELEASE) evaluate routing corpora/routing/zibo-suggestions-blind.jsonl --label-field department
	@echo "== routing: default pack on the third set"
	$(RELEASE) evaluate routing corpora/routing/zibo-suggestions-blind2.jsonl --label-field department
	@echo "== routing: learned packs, 5-fold CV on the 394 TipDM messages (seed 42), then trained on the 394 and tested on the 1,820"
	$(RELEASE) evaluate routing $(SHARED)/data/tipdm2020/labeled-messages.jsonl --learn --folds 5 --seed 42 | grep -E "^fold|mean"
	@mkdir -p out
	$(RELEASE) lexicon learn $(SHARED)/data/tipdm2020/labeled-messages.jsonl -o out/tipdm-pack --seed-taxonomy $(SHARED)/data/tipdm2020/taxonomy.jsonl
	$(RELEASE) evaluate routing $(SHARED)/data/tipdm2020/labeled-messages-more.jsonl --lexicon out/tipdm-pack | head -2
	@echo "== concern report: grouping and top ten against gold concerns"
	$(RELEASE) evaluate report corpora/report/zibo-concerns.jsonl --concern-field concern
	for corpus in $$(ls -v corpora/report/*/concerns.jsonl); do echo "== $$corpus"; $(RELEASE) evaluate report $$corpus --concern-field concern; done

## Throughput (release build).
bench: deps
	$(SWIFT) build -c release --product minyi-bench
	.build/release/minyi-bench --shared $(SHARED)

clean:
	rm -rf .build out
