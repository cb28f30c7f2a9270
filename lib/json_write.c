/* placeholder: being written */
#include <errno.h>
#include "kefir_internal.h"
static int emit_json(const struct kefir_ruleset *rs, const struct kefir_emit_opts *o, struct kefir_buf *out, struct kefir_diag *d) { (void)rs; (void)o; (void)out; (void)d; return -ENOSYS; }
const struct kefir_backend kefir_backend_json = { "json", "x", emit_json };
