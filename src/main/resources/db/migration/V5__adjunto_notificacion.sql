-- An optional attachment of an outbox message, e.g. the calendar file (.ics) of a table's sessions
-- sent with the invitation. Text attachments only: the content is stored as text.
alter table notificacion add column adjunto_nombre varchar(200);
alter table notificacion add column adjunto_tipo varchar(100);
alter table notificacion add column adjunto_contenido varchar(100000);
