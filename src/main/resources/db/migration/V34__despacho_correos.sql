-- The outbox's dispatcher (notificacion.DespachoCorreos) makes the first attempt of every message in
-- batches; while a node sends a message it holds it until reservada_hasta (a node that dies leaves
-- it to the others once that time has passed).
alter table notificacion add column reservada_hasta timestamp(6) with time zone;
-- Messages written before this version already have their own delivery process: the dispatcher
-- leaves them to it.
update notificacion set reservada_hasta = timestamp with time zone '9999-12-31 00:00:00+00' where enviada is null;
