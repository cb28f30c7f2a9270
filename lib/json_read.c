/* placeholder: being written */
#include <errno.h>
#include "kefir_internal.h"
static int parse_json(const struct kefir_source *s, const struct kefir_parse_opts *o, struct kefir_ruleset *rs, struct kefir_diag *d) { (void)s; (void)o; (void)rs; (void)d; return -ENOSYS; }
const struct kefir_frontend kefir_frontend_json = { "json", NULL, "x", parse_json };
