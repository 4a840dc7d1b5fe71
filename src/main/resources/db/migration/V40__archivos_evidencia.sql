-- Evidence files of progress reports (issue #30). A file is kept in the database (backups, every
-- node of a cluster) as rows of at most 256 KiB, written and read one at a time so no file is ever
-- whole in memory. Its generated id is the storage name; the original name is metadata only.
-- estado: CUARENTENA (kept, waiting for the antivirus; never public), DISPONIBLE (scanned clean),
-- RECHAZADO (the antivirus found a signature after a quarantine: its content rows are deleted).
create table archivo_evidencia (
  id varchar(36) primary key,
  reporte_id bigint not null references reporte_avance(id),
  nombre varchar(200) not null,
  tipo_contenido varchar(100) not null,
  tamanio bigint not null,
  sha256 varchar(64) not null,
  estado varchar(12) not null,
  subido_por varchar(64) not null,
  subido timestamp(6) with time zone not null,
  escaneado timestamp(6) with time zone,
  firma_antivirus varchar(200)
);
create index ix_archivo_evidencia_reporte on archivo_evidencia (reporte_id);
create index ix_archivo_evidencia_estado on archivo_evidencia (estado);

create table fragmento_archivo_evidencia (
  archivo_id varchar(36) not null references archivo_evidencia(id),
  orden integer not null,
  datos bytea not null,
  primary key (archivo_id, orden)
);
