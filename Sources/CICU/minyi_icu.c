#include "minyi_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>

struct mi_breaker { UBreakIterator *iterator; };
struct mi_transliterator { UTransliterator *transliterator; };

static void copy_error(UErrorCode status, char *error, int32_t capacity) {
    if (error == NULL || capacity <= 0) return;
    strncpy(error, u_errorName(status), (size_t)capacity - 1);
    error[capacity - 1] = 0;
}

mi_breaker *mi_breaker_open(const char *locale, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { copy_error(status, error, error_capacity); return NULL; }
    mi_breaker *breaker = malloc(sizeof(mi_breaker));
    breaker->iterator = iterator;
    return breaker;
}

void mi_breaker_close(mi_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t mi_breaker_set_text(mi_breaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    return U_FAILURE(status) ? -1 : 0;
}

int32_t mi_breaker_next(mi_breaker *breaker) {
    int32_t boundary = ubrk_next(breaker->iterator);
    return boundary == UBRK_DONE ? -1 : boundary;
}

int32_t mi_breaker_rule_status(mi_breaker *breaker) {
    return ubrk_getRuleStatus(breaker->iterator);
}

int32_t mi_nfkc(const uint16_t *source, int32_t length, uint16_t *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t written = unorm2_normalize(nfkc, (const UChar *)source, length, (UChar *)dest, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return written;
    return U_FAILURE(status) ? -1 : written;
}

mi_transliterator *mi_transliterator_open(const char *id, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar uid[128];
    int32_t n = 0;
    for (; id[n] != 0 && n < 127; n++) uid[n] = (UChar)(unsigned char)id[n];
    UTransliterator *transliterator = utrans_openU(uid, n, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status)) { copy_error(status, error, error_capacity); return NULL; }
    mi_transliterator *result = malloc(sizeof(mi_transliterator));
    result->transliterator = transliterator;
    return result;
}

void mi_transliterator_close(mi_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t mi_transliterate(mi_transliterator *transliterator, uint16_t *text, int32_t *length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t limit = *length;
    int32_t textLength = *length;
    utrans_transUChars(transliterator->transliterator, (UChar *)text, &textLength, capacity, 0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return textLength > capacity ? textLength : capacity + 1;
    if (U_FAILURE(status)) return -1;
    *length = textLength;
    return 0;
}

int32_t mi_convert_to_utf8(const char *from, const char *source, int32_t length,
                           char *dest, int32_t capacity, int32_t *bad_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *input = ucnv_open(from, &status);
    if (U_FAILURE(status)) return -2;
    ucnv_setToUCallBack(input, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    UConverter *output = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status)) { ucnv_close(input); return -2; }

    UChar pivot[1024];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    const char *sourceCursor = source;
    char *targetCursor = dest;
    int32_t total = 0;
    char scratch[4096];
    int overflowed = 0;
    for (;;) {
        char *target = overflowed ? scratch : targetCursor;
        const char *targetLimit = overflowed ? scratch + sizeof scratch : dest + capacity;
        char *targetStart = target;
        status = U_ZERO_ERROR;
        ucnv_convertEx(output, input, &target, targetLimit, &sourceCursor, source + length,
                       pivot, &pivotSource, &pivotTarget, pivot + 1024, 0, 1, &status);
        total += (int32_t)(target - targetStart);
        if (!overflowed) targetCursor = target;
        if (status == U_BUFFER_OVERFLOW_ERROR) { overflowed = 1; continue; }
        if (U_FAILURE(status)) {
            if (bad_offset != NULL) {
                int8_t errorLength = 8;
                char errorBytes[8];
                UErrorCode ignored = U_ZERO_ERROR;
                ucnv_getInvalidChars(input, errorBytes, &errorLength, &ignored);
                *bad_offset = (int32_t)(sourceCursor - source) - errorLength;
            }
            ucnv_close(input); ucnv_close(output);
            return -1;
        }
        break;
    }
    ucnv_close(input); ucnv_close(output);
    return overflowed ? (total > capacity ? total : capacity + 1) : total;
}

int32_t mi_detect_charset(const char *bytes, int32_t length, char *name, int32_t name_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    if (U_FAILURE(status) || match == NULL) { ucsdet_close(detector); return -1; }
    const char *matched = ucsdet_getName(match, &status);
    int32_t confidence = ucsdet_getConfidence(match, &status);
    if (U_FAILURE(status)) { ucsdet_close(detector); return -1; }
    strncpy(name, matched, (size_t)name_capacity - 1);
    name[name_capacity - 1] = 0;
    ucsdet_close(detector);
    return confidence;
}
