-- The public dashboard and the open data read commitments by edition, their milestones, and the
-- published reports of many commitments at once: indexes for those joins (PostgreSQL does not
-- index foreign keys by itself).
create index ix_compromiso_ejercicio on compromiso (ejercicio_id, numero);
create index ix_hito_compromiso on hito (compromiso_id);
create index ix_reporte_avance_compromiso on reporte_avance (compromiso_id, estado, periodo);
create index ix_avance_hito_reporte on avance_hito (reporte_id);
create index ix_evidencia_reporte on evidencia (reporte_id);
create index ix_propuesta_mesa on propuesta (mesa_id);
create index ix_propuesta_compromiso on propuesta (compromiso_id);
