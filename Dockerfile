# FactoryOps: API + built SPA in one image. The database is external (DATABASE_URL).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npx -y pnpm@10.34.9 install --frozen-lockfile && npx -y pnpm@10.34.9 -r --workspace-concurrency=1 run build \
  && npx -y pnpm@10.34.9 --filter @factoryops/api deploy --prod --legacy /out/api

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data WEB_DIST=/app/web
WORKDIR /app/api
COPY --from=build /out/api /app/api
COPY --from=build /app/apps/web/dist /app/web
RUN mkdir -p /data && chown node:node /data
VOLUME /data
EXPOSE 3000
USER node
CMD ["node", "dist/main.js"]
