#!/bin/sh
# The default user from the environment, logins from other hosts allowed, the log on stdout.
set -e
case "$1" in -*) set -- rabbitmq-server "$@" ;; esac
cat > /etc/rabbitmq/rabbitmq.conf <<CONF
loopback_users = none
listeners.tcp.default = 5672
default_user = ${RABBITMQ_DEFAULT_USER}
default_pass = ${RABBITMQ_DEFAULT_PASS}
log.console = true
log.console.level = info
CONF
if [ "$1" = "rabbitmq-server" ]; then shift; exec /usr/lib/rabbitmq/bin/rabbitmq-server "$@"; fi
exec "$@"
