# shellcheck shell=bash
# Real Prometheus for the AlphaSLO integration tests (sourced by scripts/test).
#
#   source scripts/lib/prometheus.sh
#   prometheus_install                 # apt-get install prometheus if prometheus/promtool are missing (quiet)
#   prometheus_start                   # backfill deterministic series, start on a free loopback port,
#                                      # export ALPHA_SRE_TEST_PROMETHEUS_URL
#   trap prometheus_stop EXIT          # (or call prometheus_stop yourself)
#
# The backfilled series (1-minute samples from 2026-01-01T00:00:00Z = 1767225600) are issue 6's vectors:
#   http_requests_total{job="checkout",code="200"|"500"}  vector B (outage), minutes 0..670
#   http_requests_total{job="search",code="200"|"500"}    vector C (slow burn), minutes 0..1440
# Tests query them at fixed times, so the result never depends on the wall clock.

ALPHA_SRE_PROM_T0=1767225600

# shellcheck source=../support/apt.sh
source "$(dirname "${BASH_SOURCE[0]}")/../support/apt.sh"

prometheus_install() {
    if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
        return 0
    fi
    apt_install prometheus.sh --no-install-recommends prometheus
}

# Expands promtool series notation ("0+1000x600 600000x9") into one value per line.
_prometheus_expand() {
    local token start inc count i
    for token in $1; do
        if [[ $token == *x* ]]; then
            count=${token##*x}
            token=${token%x*}
        else
            count=0
        fi
        if [[ $token == *+* ]]; then
            start=${token%%+*}
            inc=${token#*+}
        else
            start=$token
            inc=0
        fi
        for ((i = 0; i <= count; i++)); do echo $((start + i * inc)); done
    done
}

# Writes one counter series in OpenMetrics text: $1 labels, $2 series notation.
_prometheus_series() {
    local labels=$1 notation=$2 minute=0 value
    while read -r value; do
        echo "http_requests_total{$labels} $value $((ALPHA_SRE_PROM_T0 + minute * 60))"
        minute=$((minute + 1))
    done < <(_prometheus_expand "$notation")
}

_prometheus_free_port() {
    local port
    for port in $(shuf -i 20000-60000 -n 50); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

prometheus_start() {
    ALPHA_SRE_PROM_DIR=$(mktemp -d "${TMPDIR:-/tmp}/alpha-sre-prometheus.XXXXXX") || return 1
    local om="$ALPHA_SRE_PROM_DIR/series.om" port
    {
        echo "# HELP http_requests Requests."
        echo "# TYPE http_requests counter"
        _prometheus_series 'code="200",job="checkout"' "0+1000x600 600000x9 601000+1000x59"
        _prometheus_series 'code="500",job="checkout"' "0x600 1000+1000x9 10000x60"
        _prometheus_series 'code="200",job="search"' "0+995x1440"
        _prometheus_series 'code="500",job="search"' "0+5x1440"
        echo "# EOF"
    } >"$om"
    promtool tsdb create-blocks-from openmetrics "$om" "$ALPHA_SRE_PROM_DIR/data" >"$ALPHA_SRE_PROM_DIR/backfill.log" 2>&1 || {
        cat "$ALPHA_SRE_PROM_DIR/backfill.log" >&2
        return 1
    }
    port=$(_prometheus_free_port) || return 1
    printf 'global:\n  scrape_interval: 1h\nscrape_configs: []\n' >"$ALPHA_SRE_PROM_DIR/prometheus.yml"
    prometheus --config.file="$ALPHA_SRE_PROM_DIR/prometheus.yml" --storage.tsdb.path="$ALPHA_SRE_PROM_DIR/data" \
        --storage.tsdb.retention.time=100y --web.listen-address="127.0.0.1:$port" --log.level=warn \
        >"$ALPHA_SRE_PROM_DIR/prometheus.log" 2>&1 &
    ALPHA_SRE_PROM_PID=$!
    local i
    for ((i = 0; i < 100; i++)); do
        if curl -fsS "http://127.0.0.1:$port/-/ready" >/dev/null 2>&1; then
            export ALPHA_SRE_TEST_PROMETHEUS_URL="http://127.0.0.1:$port"
            return 0
        fi
        if ! kill -0 "$ALPHA_SRE_PROM_PID" 2>/dev/null; then break; fi
        sleep 0.2
    done
    echo "prometheus did not become ready; log:" >&2
    cat "$ALPHA_SRE_PROM_DIR/prometheus.log" >&2
    prometheus_stop
    return 1
}

prometheus_stop() {
    if [[ -n ${ALPHA_SRE_PROM_PID:-} ]]; then
        kill "$ALPHA_SRE_PROM_PID" 2>/dev/null && wait "$ALPHA_SRE_PROM_PID" 2>/dev/null
        unset ALPHA_SRE_PROM_PID
    fi
    if [[ -n ${ALPHA_SRE_PROM_DIR:-} && -d $ALPHA_SRE_PROM_DIR ]]; then
        rm -rf "$ALPHA_SRE_PROM_DIR"
        unset ALPHA_SRE_PROM_DIR
    fi
    unset ALPHA_SRE_TEST_PROMETHEUS_URL
}
