-- H2 only (spring.flyway.locations: db/{vendor}). H2 hands out an identity column's values from a
-- cache of 32 and, each time it runs out, writes the sequence in a transaction of its own under
-- one lock shared by every table, committed to the file like any other (WRITE_DELAY=0). Under the
-- load of a call's closing day (B2: 32 clients registering) a registration waited there 170 ms on
-- average each time one of its inserts hit it, most of the tail of the response times. A cache of
-- 1,000 makes that wait rare. A crash (not a normal stop) leaves a gap of at most 1,000 in the ids,
-- as PostgreSQL's own sequences may too; ids stay in insertion order. PostgreSQL is left as it is:
-- its sequences do not commit, and a cache there is per connection (ids out of insertion order).
alter table eje_tematico alter column id set cache 1000;
alter table ejercicio alter column id set cache 1000;
alter table convocatoria alter column id set cache 1000;
alter table integrante_stl alter column id set cache 1000;
alter table instalacion_stl alter column id set cache 1000;
alter table sujeto_obligado alter column id set cache 1000;
alter table participante alter column id set cache 1000;
alter table registro alter column id set cache 1000;
alter table mesa alter column id set cache 1000;
alter table sesion alter column id set cache 1000;
alter table compromiso alter column id set cache 1000;
alter table propuesta alter column id set cache 1000;
alter table hito alter column id set cache 1000;
alter table evaluacion alter column id set cache 1000;
alter table plan_accion alter column id set cache 1000;
alter table reporte_avance alter column id set cache 1000;
alter table avance_hito alter column id set cache 1000;
alter table evidencia alter column id set cache 1000;
alter table registro_decision alter column id set cache 1000;
alter table notificacion alter column id set cache 1000;
alter table envio_formulario alter column id set cache 1000;
alter table solicitud_arco alter column id set cache 1000;
alter table documento_plan alter column id set cache 1000;
alter table seguidor_compromiso alter column id set cache 1000;
alter table estadistica_registro alter column id set cache 1000;
alter table enlace_participante alter column id set cache 1000;
