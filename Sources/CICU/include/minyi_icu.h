// Thin C interface over system ICU (version-suffixed symbols such as ubrk_open_72 are
// resolved here, so Swift never imports ICU's own headers, which clash with Foundation's).
#ifndef MINYI_ICU_H
#define MINYI_ICU_H

#include <stdint.h>

typedef struct mi_breaker mi_breaker;
typedef struct mi_transliterator mi_transliterator;

/// Rule-status ranges of ICU's word break iterator (UBRK_WORD_*).
enum {
    MI_WORD_NONE = 0,
    MI_WORD_NUMBER = 100,
    MI_WORD_LETTER = 200,
    MI_WORD_KANA = 300,
    MI_WORD_IDEO = 400,
};

/// Opens a word break iterator for `locale` (e.g. "zh"); NULL on failure, with the ICU error
/// name copied into `error` (may be NULL).
mi_breaker *mi_breaker_open(const char *locale, char *error, int32_t error_capacity);
void mi_breaker_close(mi_breaker *breaker);
/// Points the iterator at UTF-16 text; the text must outlive iteration. Returns 0 on success.
int32_t mi_breaker_set_text(mi_breaker *breaker, const uint16_t *text, int32_t length);
/// Next boundary (UTF-16 offset) or -1 at the end.
int32_t mi_breaker_next(mi_breaker *breaker);
/// Rule status of the segment ending at the last boundary returned.
int32_t mi_breaker_rule_status(mi_breaker *breaker);

/// NFKC of `source` into `dest`. Returns the length written, or the needed length when it
/// exceeds `capacity`, or -1 on error.
int32_t mi_nfkc(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity);

/// Opens ICU's transform `id` (e.g. "Traditional-Simplified"); NULL on failure.
mi_transliterator *mi_transliterator_open(const char *id, char *error, int32_t error_capacity);
void mi_transliterator_close(mi_transliterator *transliterator);
/// Transforms `text` in place; `*length` is updated. Returns 0, or the needed capacity when it is
/// larger than `capacity`, or -1 on error.
int32_t mi_transliterate(mi_transliterator *transliterator, uint16_t *text, int32_t *length, int32_t capacity);

/// Converts `length` bytes in charset `from` to UTF-8. Returns the UTF-8 length, the needed
/// capacity when it exceeds `capacity` (as a value > capacity), or -1 when the bytes are not
/// valid in that charset (with the failing input byte offset in `*bad_offset`), -2 on other errors.
int32_t mi_convert_to_utf8(const char *from, const char *source, int32_t length,
                           char *dest, int32_t capacity, int32_t *bad_offset);

/// Best-guess charset of `bytes` (ICU charset detector). Copies its name into `name` and returns
/// the confidence 0–100, or -1 on error.
int32_t mi_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity);

#endif
