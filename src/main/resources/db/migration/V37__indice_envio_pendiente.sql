-- The dispatcher (notificacion.DespachoCorreos) reads the oldest messages waiting for their first
-- attempt and reserves them one by one. With an index on enviada alone, H2 read every waiting
-- message for each of those statements (to sort them by id, and to find one by id it took this index
-- over the primary key): under a registration peak, with thousands waiting, the dispatcher spent
-- most of its time there and fell behind. On (enviada, id) the read takes the first rows in index
-- order ("order by enviada, id") and the reservation finds its row directly.
drop index ix_notificacion_pendiente;
create index ix_notificacion_pendiente on notificacion (enviada, id);
